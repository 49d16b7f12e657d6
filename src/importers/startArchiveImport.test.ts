import { afterEach, describe, expect, it, vi } from 'vitest'
import { startArchiveImport } from './startArchiveImport'
import type { ImportEvent, ImportRequest } from './types'

class FakeWorker {
  static last: FakeWorker | undefined
  readonly sent: ImportRequest[] = []
  terminated = false
  onmessage: ((message: MessageEvent<ImportEvent>) => void) | null = null
  onerror: ((error: ErrorEvent) => void) | null = null
  constructor(
    readonly url: URL,
    readonly options: WorkerOptions,
  ) {
    FakeWorker.last = this
  }
  postMessage(request: ImportRequest) {
    this.sent.push(request)
  }
  terminate() {
    this.terminated = true
  }
  answer(event: ImportEvent) {
    this.onmessage?.({ data: event } as MessageEvent<ImportEvent>)
  }
}

afterEach(() => {
  vi.unstubAllGlobals()
})

const file = new File(['x'], 'tweets.js')

describe('startArchiveImport', () => {
  it('starts a module worker with the file and forwards its events until done', () => {
    vi.stubGlobal('Worker', FakeWorker)
    const events: ImportEvent[] = []
    startArchiveImport(file, { includeDirectMessages: true }, (event) => events.push(event))
    const worker = FakeWorker.last
    expect(worker?.url.pathname).toMatch(/archiveImport\.worker\.ts$/)
    expect(worker?.options).toEqual({ type: 'module' })
    expect(worker?.sent).toEqual([
      { type: 'import', file, options: { includeDirectMessages: true } },
    ])
    worker?.answer({ type: 'batch', batch: { posts: [], media: [] } })
    worker?.answer({ type: 'done', kind: 'twitter', posts: 0, media: 0 })
    worker?.answer({ type: 'done', kind: 'twitter', posts: 9, media: 0 })
    expect(events.map((event) => event.type)).toEqual(['batch', 'done'])
    expect(worker?.terminated).toBe(true)
  })

  it('tells the worker each time a batch is stored, until the import ends', () => {
    vi.stubGlobal('Worker', FakeWorker)
    const handle = startArchiveImport(file, {}, () => {})
    handle.acknowledge()
    handle.acknowledge()
    expect(FakeWorker.last?.sent.slice(1)).toEqual([{ type: 'stored' }, { type: 'stored' }])
    FakeWorker.last?.answer({ type: 'done', kind: 'twitter', posts: 0, media: 0 })
    handle.acknowledge()
    expect(FakeWorker.last?.sent).toHaveLength(3)
  })

  it('cancels: tells the worker, reports cancelled once, then ignores it', () => {
    vi.stubGlobal('Worker', FakeWorker)
    const events: ImportEvent[] = []
    const handle = startArchiveImport(file, {}, (event) => events.push(event))
    handle.cancel()
    handle.cancel()
    FakeWorker.last?.answer({ type: 'done', kind: 'twitter', posts: 1, media: 0 })
    expect(FakeWorker.last?.sent.at(-1)).toEqual({ type: 'cancel' })
    expect(events).toEqual([
      { type: 'failed', reason: 'cancelled', detail: 'The import was cancelled.' },
    ])
    expect(FakeWorker.last?.terminated).toBe(true)
  })
})
