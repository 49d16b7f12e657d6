import { throwIfCancelled } from './archiveImportError'

/**
 * Batches sent to the editor and not yet stored. Parsing outruns IndexedDB by far: without a
 * limit the worker would queue the whole archive as messages and memory would grow with it.
 * The editor acknowledges each batch once stored; the parsers wait while too many are out.
 */
export class BatchBacklog {
  private unacknowledged = 0
  private wake: (() => void) | undefined
  /** Milliseconds spent waiting for the editor to catch up. */
  waitedMs = 0

  constructor(private readonly limit: number) {}

  sent(): void {
    this.unacknowledged += 1
  }

  acknowledge(): void {
    this.unacknowledged = Math.max(0, this.unacknowledged - 1)
    if (this.unacknowledged <= this.limit) this.release()
  }

  /** Resolves once at most `limit` batches are out; rejects when the import is cancelled. */
  async room(signal: AbortSignal): Promise<void> {
    if (this.unacknowledged <= this.limit) return
    const started = performance.now()
    const onAbort = () => this.release()
    signal.addEventListener('abort', onAbort)
    try {
      while (this.unacknowledged > this.limit) {
        throwIfCancelled(signal)
        await new Promise<void>((resolve) => (this.wake = resolve))
      }
      throwIfCancelled(signal)
    } finally {
      signal.removeEventListener('abort', onAbort)
      this.waitedMs += performance.now() - started
    }
  }

  private release(): void {
    const wake = this.wake
    this.wake = undefined
    wake?.()
  }
}
