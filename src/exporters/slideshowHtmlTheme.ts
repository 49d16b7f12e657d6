import type { SlideTheme } from '../renderers/slideshow/SlideFrame'
import { brandAccent } from './themes'
import type { ExportTheme } from './types'

export interface SlideLook {
  /** The slide's palette class (slides.css). */
  theme: SlideTheme
  /** The brand colour, a checked `#rrggbb`, when the theme has one. */
  accent?: string
  /** The same as CSS for a stylesheet (the deck). */
  css: string
}

/**
 * An export theme as slides draw it. Slides keep the chosen palette whatever the viewer's
 * system prefers: a deck, its PNGs and its PDF must look the same.
 */
export const slideLookOf = (theme: ExportTheme): SlideLook => {
  if (theme.id === 'dark') return { theme: 'dark', css: '' }
  if (theme.id === 'brand') {
    const accent = brandAccent(theme)
    return { theme: 'light', accent, css: `.slide{--slide-accent:${accent}}` }
  }
  return { theme: 'light', css: '' }
}
