/** What must be on screen before the editor counts as ready. */
export type ReadyPart = 'story' | 'library'

const waiting = new Set<ReadyPart>(['story', 'library'])

/**
 * Tells tests and benchmarks that the stored story and the library are on screen and usable:
 * a performance mark (to time opening) and a data attribute (to wait on). Each part reports
 * itself; the signal fires once both have.
 */
export const markReady = (part: ReadyPart) => {
  waiting.delete(part)
  if (waiting.size > 0) return
  requestAnimationFrame(() => {
    if (document.documentElement.dataset.ready === 'true') return
    performance.mark('storyloom:ready')
    document.documentElement.dataset.ready = 'true'
  })
}
