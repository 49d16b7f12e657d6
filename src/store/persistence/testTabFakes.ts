/**
 * Test support: an in-memory Web Locks manager and BroadcastChannel, with the semantics the
 * tab coordinator relies on (queueing, `ifAvailable`, `steal`, abort signals; messages
 * delivered asynchronously to every other channel of the same name). Only tests import this.
 */
import type { ChannelLike, LockManagerLike } from './tabCoordinator'

const abortError = () => new DOMException('The lock request was aborted.', 'AbortError')

interface Holder {
  reject: (error: unknown) => void
}

export class FakeLocks implements LockManagerLike {
  private readonly holders = new Map<string, Holder>()
  private readonly queues = new Map<string, (() => void)[]>()

  isHeld(name: string) {
    return this.holders.has(name)
  }

  request(
    name: string,
    options: { ifAvailable?: boolean; steal?: boolean; signal?: AbortSignal },
    callback: (lock: unknown) => Promise<unknown> | unknown,
  ): Promise<unknown> {
    return new Promise((resolve, reject) => {
      const grant = () => {
        const holder: Holder = { reject }
        this.holders.set(name, holder)
        const finish = () => {
          if (this.holders.get(name) !== holder) return // stolen meanwhile: not ours to free
          this.holders.delete(name)
          this.queues.get(name)?.shift()?.()
        }
        Promise.resolve()
          .then(() => callback({ name }))
          .then(
            (value) => {
              finish()
              resolve(value)
            },
            (error: unknown) => {
              finish()
              reject(error)
            },
          )
      }
      if (options.steal) {
        this.holders.get(name)?.reject(abortError())
        this.holders.delete(name)
        grant()
        return
      }
      if (!this.holders.has(name)) {
        grant()
        return
      }
      if (options.ifAvailable) {
        Promise.resolve()
          .then(() => callback(null))
          .then(resolve, reject)
        return
      }
      if (options.signal?.aborted) {
        reject(abortError())
        return
      }
      const queue = this.queues.get(name) ?? []
      this.queues.set(name, queue)
      queue.push(grant)
      options.signal?.addEventListener('abort', () => {
        const index = queue.indexOf(grant)
        if (index < 0) return // already granted: aborting changes nothing then
        queue.splice(index, 1)
        reject(abortError())
      })
    })
  }
}

type Listener = (event: { data: unknown }) => void

/** Channels opened from one bus hear each other, like the tabs of one browser profile. */
export class FakeChannelBus {
  private readonly open = new Set<{ name: string; listeners: Set<Listener> }>()
  /** Every message posted, for assertions. */
  readonly posted: unknown[] = []

  channel(name: string): ChannelLike {
    const self = { name, listeners: new Set<Listener>() }
    this.open.add(self)
    return {
      postMessage: (message) => {
        this.posted.push(message)
        const data = structuredClone(message)
        for (const other of this.open) {
          if (other === self || other.name !== name) continue
          setTimeout(() => {
            for (const listener of other.listeners) listener({ data })
          }, 0)
        }
      },
      addEventListener: (_type, listener) => void self.listeners.add(listener),
      removeEventListener: (_type, listener) => void self.listeners.delete(listener),
      close: () => void this.open.delete(self),
    }
  }
}
