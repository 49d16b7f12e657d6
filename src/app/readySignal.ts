/**
 * Tells tests and benchmarks that the stored story is on screen and editable:
 * a performance mark (to time opening) and a data attribute (to wait on).
 */
export const markReady = () => {
  requestAnimationFrame(() => {
    if (document.documentElement.dataset.ready === 'true') return
    performance.mark('storyloom:ready')
    document.documentElement.dataset.ready = 'true'
  })
}
