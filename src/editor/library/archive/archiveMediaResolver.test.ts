import { afterEach, describe, expect, it, vi } from 'vitest'
import { createArchiveMediaResolver } from './archiveMediaResolver'

const flush = () => new Promise((resolve) => setTimeout(resolve, 0))

afterEach(() => {
  vi.useRealTimers()
})

describe('createArchiveMediaResolver', () => {
  it('leaves addresses that are not archived media as they are, reading nothing', () => {
    const readBlob = vi.fn()
    const resolver = createArchiveMediaResolver(readBlob)
    const url = 'https://files.example.social/a.jpg'
    expect(resolver.current(url)).toBe(url)
    resolver.watch(url, () => {})()
    expect(readBlob).not.toHaveBeenCalled()
  })

  it('reads a watched file once, gives an object URL, and revokes it after the last watcher', async () => {
    vi.useFakeTimers()
    const created = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:test/1')
    const revoked = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {})
    const readBlob = vi.fn(async () => new Blob(['x'], { type: 'image/png' }))
    const resolver = createArchiveMediaResolver(readBlob, { releaseDelayMs: 1000 })
    const url = 'archive-media:twitter/1.png'

    expect(resolver.current(url)).toBeNull()
    const first = vi.fn()
    const second = vi.fn()
    const stopFirst = resolver.watch(url, first)
    const stopSecond = resolver.watch(url, second)
    await vi.advanceTimersByTimeAsync(0)
    expect(readBlob).toHaveBeenCalledTimes(1)
    expect(resolver.current(url)).toBe('blob:test/1')
    expect(first).toHaveBeenCalledTimes(1)
    expect(second).toHaveBeenCalledTimes(1)
    expect(created).toHaveBeenCalledTimes(1)

    stopFirst()
    stopSecond()
    // Scrolled back into view before the delay: the same URL is reused.
    await vi.advanceTimersByTimeAsync(500)
    const again = resolver.watch(url, () => {})
    await vi.advanceTimersByTimeAsync(5000)
    expect(revoked).not.toHaveBeenCalled()
    expect(readBlob).toHaveBeenCalledTimes(1)

    again()
    await vi.advanceTimersByTimeAsync(1000)
    expect(revoked).toHaveBeenCalledWith('blob:test/1')
    expect(resolver.current(url)).toBeNull()
  })

  it('says a file that is not stored is missing', async () => {
    const resolver = createArchiveMediaResolver(async () => undefined)
    const url = 'archive-media:gone.jpg'
    const changed = vi.fn()
    resolver.watch(url, changed)
    await flush()
    expect(resolver.current(url)).toBe('')
    expect(changed).toHaveBeenCalledTimes(1)
  })

  it('revokes everything on dispose and can read again afterwards', async () => {
    vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:test/2')
    const revoked = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {})
    const readBlob = vi.fn(async () => new Blob(['x']))
    const resolver = createArchiveMediaResolver(readBlob)
    const url = 'archive-media:a.jpg'
    resolver.watch(url, () => {})
    await flush()
    resolver.dispose()
    expect(revoked).toHaveBeenCalledWith('blob:test/2')
    resolver.watch(url, () => {})
    await flush()
    expect(readBlob).toHaveBeenCalledTimes(2)
    expect(resolver.current(url)).toBe('blob:test/2')
  })
})
