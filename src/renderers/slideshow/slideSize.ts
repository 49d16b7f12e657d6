export type SlideOrientation = 'portrait' | 'landscape'

export interface SlideSize {
  width: number
  height: number
}

/** Slides are drawn at these CSS pixel sizes, and PNGs come out at exactly this × pixel ratio. */
export const SLIDE_SIZES: Readonly<Record<SlideOrientation, SlideSize>> = {
  portrait: { width: 1080, height: 1350 },
  landscape: { width: 1920, height: 1080 },
}
