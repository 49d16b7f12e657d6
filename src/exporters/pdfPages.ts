/** A vertical stretch of a rendered page, in CSS px from its top. */
export interface Strip {
  start: number
  end: number
}

/**
 * Cuts a tall rendering into page-height strips at block boundaries, so no post is cut in half;
 * a block taller than a page is cut at page height. Blocks are in order, `top`/`bottom` in px.
 */
export const stripsAtBlocks = (
  blocks: readonly { top: number; bottom: number }[],
  pageHeight: number,
  totalHeight: number,
): Strip[] => {
  if (!(pageHeight > 0)) throw new Error('A page must be taller than 0 px.')
  const strips: Strip[] = []
  let start = 0
  for (const block of blocks) {
    while (block.bottom - start > pageHeight) {
      // Cut before the block if it starts on this page, else (a tall block) at page height.
      const end = block.top > start ? Math.min(block.top, start + pageHeight) : start + pageHeight
      strips.push({ start, end })
      start = end
    }
  }
  const end = Math.max(totalHeight, start)
  if (end > start || strips.length === 0) strips.push({ start, end: Math.max(end, start + 1) })
  return strips
}
