import { describe, expect, it, vi } from 'vitest'
import type { MediaUrlResolver } from '../../renderers/media/MediaUrlResolver'
import { createArchivedMediaResolver } from './archivedMediaResolver'

const KEPT = 'https://files.example.social/media/lake.jpg'
const NOT_KEPT = 'https://files.example.social/media/gone.jpg'

const fallback: MediaUrlResolver = {
  current: (url) => `fallback:${url}`,
  watch: () => () => {},
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0))

describe('createArchivedMediaResolver', () => {
  it('shows the kept copy as an object URL, the address itself when none is kept', async () => {
    const readBlob = vi.fn(async (url: string) =>
      url === KEPT ? new Blob(['png'], { type: 'image/png' }) : undefined,
    )
    const resolver = createArchivedMediaResolver(readBlob, fallback)
    const changed = vi.fn()
    const stopKept = resolver.watch(KEPT, changed)
    const stopOther = resolver.watch(NOT_KEPT, changed)
    expect(resolver.current(KEPT)).toBeNull()
    await settle()
    expect(resolver.current(KEPT)).toMatch(/^blob:/)
    expect(resolver.current(NOT_KEPT)).toBe(NOT_KEPT)
    expect(changed).toHaveBeenCalledTimes(2)
    stopKept()
    stopOther()
    resolver.dispose()
  })

  it('passes archive-media: addresses to the archive resolver', () => {
    const resolver = createArchivedMediaResolver(async () => undefined, fallback)
    expect(resolver.current('archive-media:abc')).toBe('fallback:archive-media:abc')
  })
})
