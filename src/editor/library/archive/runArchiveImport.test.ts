import { describe, expect, it, vi } from 'vitest'
import type { ArchiveStore } from '../../../store/archive/archiveStore'
import { runArchiveImport, type ArchiveImportState } from './runArchiveImport'
import { archiveFile, archivePost, fakeImport, freshArchiveStore } from './testArchiveImport'

const settled = () => new Promise((resolve) => setTimeout(resolve, 20))

describe('runArchiveImport', () => {
  it('stops the reader and says so when the browser refuses to store a batch', async () => {
    const fake = fakeImport()
    const store = {
      ...freshArchiveStore(),
      saveBatch: vi.fn<ArchiveStore['saveBatch']>(() =>
        Promise.reject(new DOMException('Quota exceeded', 'QuotaExceededError')),
      ),
    }
    const states: ArchiveImportState[] = []
    runArchiveImport(archiveFile(), {
      runImport: fake.runImport,
      store,
      onState: (s) => states.push(s),
    })
    fake.emit({ type: 'batch', batch: { posts: [archivePost('1')], media: [] } })
    fake.emit({ type: 'done', kind: 'twitter', posts: 1, media: 0 })
    await vi.waitFor(() => expect(states.at(-1)?.phase).toBe('failed'))
    await settled()
    expect(fake.cancel).toHaveBeenCalledTimes(1)
    expect(states.at(-1)).toMatchObject({ phase: 'failed', reason: 'storage', saved: 0 })
    expect(states.filter((state) => state.phase !== 'running')).toHaveLength(1)
  })

  it('writes batches in order and reports done only once they are stored', async () => {
    const fake = fakeImport()
    const store = freshArchiveStore()
    const states: ArchiveImportState[] = []
    runArchiveImport(archiveFile(), {
      runImport: fake.runImport,
      store,
      onState: (s) => states.push(s),
    })
    fake.emit({ type: 'batch', batch: { posts: [archivePost('1'), archivePost('2')], media: [] } })
    fake.emit({ type: 'batch', batch: { posts: [archivePost('2'), archivePost('3')], media: [] } })
    fake.emit({ type: 'done', kind: 'twitter', posts: 4, media: 0 })
    await vi.waitFor(() => expect(states.at(-1)?.phase).toBe('done'))
    expect(states.at(-1)).toEqual({ phase: 'done', kind: 'twitter', posts: 4 })
    // The post both batches held is stored once.
    expect(await store.count()).toBe(3)
    await store.close()
  })
})
