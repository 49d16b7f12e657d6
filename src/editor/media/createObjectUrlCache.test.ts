import { afterEach, describe, expect, it, vi } from 'vitest'
import type { MediaUrlResolver } from '../../renderers/media/MediaUrlResolver'
import { createObjectUrlCache, type ObjectUrlCacheOptions } from './createObjectUrlCache'

afterEach(() => {
  vi.restoreAllMocks()
  vi.useRealTimers()
})

const others: MediaUrlResolver = {
  current: (url) => `other:${url}`,
  watch: vi.fn(() => () => {}),
}

const cacheWith = (options: Partial<ObjectUrlCacheOptions>) =>
  createObjectUrlCache({
    handles: (url) => url.startsWith('stored:'),
    readBlob: async () => new Blob(['x']),
    releaseDelayMs: 1000,
    notStored: (url) => `missing:${url}`,
    unwatched: (url) => `unwatched:${url}`,
    others,
    ...options,
  })

describe('createObjectUrlCache', () => {
  it('hands addresses it does not handle to `others`, reading nothing', () => {
    const readBlob = vi.fn(async () => undefined)
    const cache = cacheWith({ readBlob })
    const onChange = () => {}
    expect(cache.current('https://a.example/x.jpg')).toBe('other:https://a.example/x.jpg')
    cache.watch('https://a.example/x.jpg', onChange)
    expect(others.watch).toHaveBeenCalledWith('https://a.example/x.jpg', onChange)
    expect(readBlob).not.toHaveBeenCalled()
  })

  it('answers `unwatched` before any watch, null while reading, then the object URL', async () => {
    vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:test/1')
    const cache = cacheWith({})
    expect(cache.current('stored:a')).toBe('unwatched:stored:a')
    const onChange = vi.fn()
    cache.watch('stored:a', onChange)
    expect(cache.current('stored:a')).toBeNull()
    await vi.waitFor(() => expect(onChange).toHaveBeenCalledTimes(1))
    expect(cache.current('stored:a')).toBe('blob:test/1')
  })

  it('shows `notStored` when the file is absent or cannot be read, making no object URL', async () => {
    const created = vi.spyOn(URL, 'createObjectURL')
    const cache = cacheWith({
      readBlob: async (url) => {
        if (url === 'stored:broken') throw new Error('database closed')
        return undefined
      },
    })
    const absent = vi.fn()
    const broken = vi.fn()
    cache.watch('stored:absent', absent)
    cache.watch('stored:broken', broken)
    await vi.waitFor(() => expect(broken).toHaveBeenCalledTimes(1))
    expect(absent).toHaveBeenCalledTimes(1)
    expect(cache.current('stored:absent')).toBe('missing:stored:absent')
    expect(cache.current('stored:broken')).toBe('missing:stored:broken')
    expect(created).not.toHaveBeenCalled()
  })

  it('revokes the object URL the delay after the last watcher leaves, and on dispose', async () => {
    vi.useFakeTimers()
    vi.spyOn(URL, 'createObjectURL')
      .mockReturnValueOnce('blob:test/a')
      .mockReturnValueOnce('blob:test/b')
    const revoked = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {})
    const cache = cacheWith({})
    const stopA = cache.watch('stored:a', () => {})
    cache.watch('stored:b', () => {})
    await vi.advanceTimersByTimeAsync(0)

    stopA()
    await vi.advanceTimersByTimeAsync(999)
    expect(revoked).not.toHaveBeenCalled()
    await vi.advanceTimersByTimeAsync(1)
    expect(revoked).toHaveBeenCalledWith('blob:test/a')
    expect(cache.current('stored:a')).toBe('unwatched:stored:a')

    cache.dispose()
    expect(revoked).toHaveBeenCalledWith('blob:test/b')
    expect(revoked).toHaveBeenCalledTimes(2)
  })
})
