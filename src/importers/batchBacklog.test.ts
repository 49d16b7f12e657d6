import { describe, expect, it } from 'vitest'
import { BatchBacklog } from './batchBacklog'

const settled = async (promise: Promise<void>) => {
  let done = false
  void promise.then(
    () => (done = true),
    () => (done = true),
  )
  await new Promise((resolve) => setTimeout(resolve, 0))
  return done
}

describe('BatchBacklog', () => {
  it('lets the parser on while at most `limit` batches are unstored, then waits for an ack', async () => {
    const backlog = new BatchBacklog(2)
    const signal = new AbortController().signal
    backlog.sent()
    backlog.sent()
    expect(await settled(backlog.room(signal))).toBe(true)
    backlog.sent()
    const waiting = backlog.room(signal)
    expect(await settled(waiting)).toBe(false)
    backlog.acknowledge()
    expect(await settled(waiting)).toBe(true)
  })

  it('stops waiting with a cancellation when the import is cancelled', async () => {
    const backlog = new BatchBacklog(0)
    const controller = new AbortController()
    backlog.sent()
    const waiting = backlog.room(controller.signal)
    controller.abort()
    await expect(waiting).rejects.toMatchObject({ reason: 'cancelled' })
  })
})
