// `?inline` gives the stylesheet's text instead of injecting it: exported files carry it inline.
import css from '../renderers/renderers.css?inline'

/** The renderers' stylesheet, the one the editor's preview uses. */
export const RENDERER_CSS: string = css
