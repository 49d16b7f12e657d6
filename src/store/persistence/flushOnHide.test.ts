import { afterEach, describe, expect, it, vi } from 'vitest'
import { installFlushOnHide } from './flushOnHide'

const setVisibility = (state: DocumentVisibilityState) =>
  Object.defineProperty(document, 'visibilityState', { value: state, configurable: true })

describe('installFlushOnHide', () => {
  afterEach(() => {
    setVisibility('visible')
  })

  it('flushes on pagehide', () => {
    const autosaver = { flush: vi.fn(() => Promise.resolve()) }
    const uninstall = installFlushOnHide(autosaver)
    window.dispatchEvent(new Event('pagehide'))
    expect(autosaver.flush).toHaveBeenCalledTimes(1)
    uninstall()
  })

  it('flushes when the page becomes hidden, not when it becomes visible', () => {
    const autosaver = { flush: vi.fn(() => Promise.resolve()) }
    const uninstall = installFlushOnHide(autosaver)
    document.dispatchEvent(new Event('visibilitychange'))
    expect(autosaver.flush).not.toHaveBeenCalled()
    setVisibility('hidden')
    document.dispatchEvent(new Event('visibilitychange'))
    expect(autosaver.flush).toHaveBeenCalledTimes(1)
    uninstall()
  })

  it('stops listening once uninstalled', () => {
    const autosaver = { flush: vi.fn(() => Promise.resolve()) }
    installFlushOnHide(autosaver)()
    setVisibility('hidden')
    window.dispatchEvent(new Event('pagehide'))
    document.dispatchEvent(new Event('visibilitychange'))
    expect(autosaver.flush).not.toHaveBeenCalled()
  })
})
