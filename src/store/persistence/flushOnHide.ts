import type { Autosaver } from './autosaver'

/**
 * Flushes when the page may be about to go away. `visibilitychange` to hidden is the last
 * event a mobile browser reliably fires before killing a tab; `pagehide` covers closing and
 * navigating away (and the back/forward cache). Returns the uninstall function.
 */
export const installFlushOnHide = (
  autosaver: Pick<Autosaver, 'flush'>,
  target: Window = window,
): (() => void) => {
  const { document } = target
  // flush() never rejects: its failures are reported through the autosaver's onStatus.
  const onPageHide = () => void autosaver.flush()
  const onVisibilityChange = () => {
    if (document.visibilityState === 'hidden') void autosaver.flush()
  }
  target.addEventListener('pagehide', onPageHide)
  document.addEventListener('visibilitychange', onVisibilityChange)
  return () => {
    target.removeEventListener('pagehide', onPageHide)
    document.removeEventListener('visibilitychange', onVisibilityChange)
  }
}
