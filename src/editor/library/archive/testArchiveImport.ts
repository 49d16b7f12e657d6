/** Test support: a stand-in for the archive worker, driven step by step by the test. */
import { vi } from 'vitest'
import type { Post } from '../../../domain/post'
import type { ImportEvent } from '../../../importers/types'
import { createArchiveStore, type ArchiveStore } from '../../../store/archive/archiveStore'
import type { ArchiveImportRunner, ArchiveServices } from './archiveServices'

export interface FakeImport {
  runImport: ArchiveImportRunner & ReturnType<typeof vi.fn>
  /** Sends an event as the worker would; throws if no import was started. */
  emit: (event: ImportEvent) => void
  cancel: ReturnType<typeof vi.fn>
  files: File[]
}

export const fakeImport = (): FakeImport => {
  let onEvent: ((event: ImportEvent) => void) | undefined
  const cancel = vi.fn()
  const files: File[] = []
  const runImport = vi.fn<ArchiveImportRunner>((file, _options, listener) => {
    files.push(file)
    onEvent = listener
    return { cancel }
  })
  return {
    runImport,
    cancel,
    files,
    emit: (event) => {
      if (!onEvent) throw new Error('No import was started, so no event can be sent.')
      onEvent(event)
    },
  }
}

let stores = 0
export const freshArchiveStore = (): ArchiveStore => {
  stores += 1
  return createArchiveStore(`archive-ui-test-${stores}-${Date.now()}`)
}

export const servicesWith = (store: ArchiveStore, fake: FakeImport): ArchiveServices => ({
  store,
  runImport: fake.runImport,
})

export const archivePost = (id: string, overrides: Partial<Post> = {}): Post => ({
  id: `twitter:${id}`,
  source: 'twitter',
  url: `https://x.com/andre/status/${id}`,
  author: { name: 'André Ruffert', handle: '@andreruffert' },
  createdAt: '2024-05-02T10:00:00.000Z',
  fetchedAt: '2024-06-01T00:00:00.000Z',
  text: `Tweet ${id}`,
  html: `<p>Tweet ${id}</p>`,
  language: 'en',
  media: [],
  availability: { state: 'available' },
  ...overrides,
})

export const archiveFile = (name = 'tweets.js', content = 'window.YTD.tweets.part0 = []') =>
  new File([content], name, { type: 'text/javascript' })

/**
 * happy-dom lays nothing out, so every box measures 0 × 0 and a virtualised list shows no row.
 * Gives the archive list the viewport of a browser window; every other box still measures 0.
 */
export const layOutArchiveList = () => {
  const size = (name: 'clientHeight' | 'clientWidth', value: number) => {
    Object.defineProperty(HTMLElement.prototype, name, {
      configurable: true,
      get(this: HTMLElement) {
        return this.classList.contains('archive-list__scroll') ? value : 0
      },
    })
  }
  size('clientHeight', 900)
  size('clientWidth', 420)
}
