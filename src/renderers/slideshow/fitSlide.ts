/** Below this share of its designed zoom, a long post is clipped rather than made unreadable. */
const MIN_ZOOM_SHARE = 0.55

/**
 * Shrinks a slide's long content (`.slide__fit`) until it fits the slide's body, by lowering its
 * CSS zoom from the stylesheet's value. Zoom, not transform: the text re-wraps to the width it
 * gains, as it would on a smaller screen. Ratios of bounding boxes are used, so a slide scaled
 * by its container (Present mode) fits the same as one at full size.
 *
 * The HTML deck's inline script carries its own copy of this loop (it cannot import modules).
 */
export const fitSlide = (slide: HTMLElement): void => {
  const fit = slide.querySelector<HTMLElement>('.slide__fit')
  const body = slide.querySelector<HTMLElement>('.slide__body')
  if (!fit || !body) return
  fit.style.zoom = ''
  const designed = Number.parseFloat(getComputedStyle(fit).zoom) || 1
  let zoom = designed
  for (let attempt = 0; attempt < 6; attempt += 1) {
    const available = body.getBoundingClientRect().height
    const needed = fit.getBoundingClientRect().height
    if (needed <= available + 0.5 || available <= 0) return
    const next = Math.max(designed * MIN_ZOOM_SHARE, zoom * (available / needed) * 0.98)
    if (next >= zoom) return
    zoom = next
    fit.style.zoom = zoom.toFixed(3)
  }
}
