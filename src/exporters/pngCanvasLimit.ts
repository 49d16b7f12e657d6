/** html-to-image silently scales down any canvas side past this; we refuse instead. */
export const MAX_CANVAS_SIDE = 16_384

/** Thrown before drawing an image a browser canvas cannot hold at full size. */
export class CanvasTooLargeError extends Error {
  constructor(
    readonly width: number,
    readonly height: number,
  ) {
    super(
      `A ${width} × ${height} px image is more than the ${MAX_CANVAS_SIDE.toLocaleString('en')} px ` +
        'a browser canvas allows on a side, and would come out smaller than asked. Choose a lower ' +
        'pixel ratio or a smaller size.',
    )
    this.name = 'CanvasTooLargeError'
  }
}

/** Refuses a capture of `width`×`height` CSS px at `pixelRatio` that would be downscaled. */
export const assertCanvasFits = (width: number, height: number, pixelRatio: number): void => {
  const canvasWidth = Math.round(width * pixelRatio)
  const canvasHeight = Math.round(height * pixelRatio)
  if (canvasWidth > MAX_CANVAS_SIDE || canvasHeight > MAX_CANVAS_SIDE)
    throw new CanvasTooLargeError(canvasWidth, canvasHeight)
}
