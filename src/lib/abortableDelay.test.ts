import { afterEach, describe, expect, it, vi } from 'vitest'
import { abortableDelay } from './abortableDelay'

afterEach(() => vi.useRealTimers())

describe('abortableDelay', () => {
  it('resolves once the time has passed', async () => {
    vi.useFakeTimers()
    let done = false
    const waiting = abortableDelay(1000).then(() => (done = true))
    await vi.advanceTimersByTimeAsync(999)
    expect(done).toBe(false)
    await vi.advanceTimersByTimeAsync(1)
    await waiting
    expect(done).toBe(true)
  })

  it('rejects with the signal’s reason as soon as it aborts', async () => {
    const controller = new AbortController()
    const waiting = abortableDelay(60_000, controller.signal)
    controller.abort(new Error('stop'))
    await expect(waiting).rejects.toThrow('stop')
  })

  it('rejects at once, with an AbortError, when the signal was already aborted', async () => {
    const controller = new AbortController()
    controller.abort()
    await expect(abortableDelay(60_000, controller.signal)).rejects.toMatchObject({
      name: 'AbortError',
    })
  })
})
