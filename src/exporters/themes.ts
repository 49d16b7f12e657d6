import type { ExportTheme, ThemeId } from './types'

/**
 * The looks of every output, as values for the CSS custom properties the renderers read
 * (renderers.css: --color-*, --radius, --font-body). The palettes match the editor's tokens.
 */
export type Palette = Readonly<Record<`--${string}`, string>>

export const LIGHT_PALETTE: Palette = {
  '--font-body':
    "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif",
  '--color-bg': '#f4f2ee',
  '--color-surface': '#ffffff',
  '--color-surface-2': '#f8f7f4',
  '--color-text': '#1d1b22',
  '--color-muted': '#5f5a68',
  '--color-border': '#dcd7cf',
  '--color-accent': '#6a3fd3',
  '--color-warning-bg': '#fff4d6',
  '--color-warning-border': '#e2b340',
  '--color-focus': '#2456d6',
  '--radius': '10px',
}

export const DARK_PALETTE: Palette = {
  ...LIGHT_PALETTE,
  '--color-bg': '#17151c',
  '--color-surface': '#211e28',
  '--color-surface-2': '#1b1922',
  '--color-text': '#eeebf3',
  '--color-muted': '#aaa4b5',
  '--color-border': '#3a3545',
  '--color-accent': '#a88bff',
  '--color-warning-bg': '#3a2f12',
  '--color-warning-border': '#8a6d1f',
  '--color-focus': '#8fb0ff',
}

export const THEME_IDS: readonly ThemeId[] = ['light', 'dark', 'brand']

const HEX_COLOUR = /^#[0-9a-f]{6}$/i
/** Logos are pictures only; SVG is fine inside <img>, where it can run nothing. */
const LOGO_DATA_URL = /^data:image\/(?:png|jpeg|gif|webp|svg\+xml);base64,[a-z0-9+/]*={0,2}$/i

export const DEFAULT_BRAND_ACCENT = '#0a7d5a'

/** The accent if it is a plain `#rrggbb` colour (it is written into CSS), else the default. */
export const brandAccent = (theme: ExportTheme): string =>
  theme.accent && HEX_COLOUR.test(theme.accent) ? theme.accent.toLowerCase() : DEFAULT_BRAND_ACCENT

/** The logo if it is a base64 picture, so a page never loads, or runs, anything else. */
export const brandLogo = (theme: ExportTheme): string | undefined =>
  theme.id === 'brand' && theme.logoDataUrl && LOGO_DATA_URL.test(theme.logoDataUrl)
    ? theme.logoDataUrl
    : undefined

export const brandName = (theme: ExportTheme): string | undefined =>
  theme.id === 'brand' ? theme.brandName?.trim() || undefined : undefined

/** The palettes a theme uses: `dark` is always dark; light and brand have a dark twin. */
export const palettesOf = (theme: ExportTheme): { base: Palette; dark?: Palette } => {
  if (theme.id === 'dark') return { base: DARK_PALETTE }
  if (theme.id === 'brand') {
    const accent = brandAccent(theme)
    return {
      base: { ...LIGHT_PALETTE, '--color-accent': accent, '--color-focus': accent },
      // On a dark background the brand colour is lightened so links stay readable.
      dark: {
        ...DARK_PALETTE,
        '--color-accent': `color-mix(in srgb, ${accent} 55%, #ffffff)`,
        '--color-focus': `color-mix(in srgb, ${accent} 55%, #ffffff)`,
      },
    }
  }
  return { base: LIGHT_PALETTE, dark: DARK_PALETTE }
}

const declarations = (palette: Palette): string =>
  Object.entries(palette)
    .map(([name, value]) => `  ${name}: ${value};`)
    .join('\n')

export interface ThemeCssOptions {
  /** The element that carries the variables: `:root` for a page, a wrapper class for a snippet. */
  selector?: string
  /**
   * Pages readers open themselves follow their system's dark mode (light and brand themes).
   * Images and PDFs cannot ask, so they draw the chosen palette only.
   */
  followReader?: boolean
}

/** CSS setting the theme's custom properties (and `color-scheme`) on `selector`. */
export const themeCss = (
  theme: ExportTheme,
  { selector = ':root', followReader = true }: ThemeCssOptions = {},
): string => {
  const { base, dark } = palettesOf(theme)
  const scheme = theme.id === 'dark' ? 'dark' : followReader && dark ? 'light dark' : 'light'
  let css = `${selector} {\n  color-scheme: ${scheme};\n${declarations(base)}\n}\n`
  if (followReader && dark) {
    css += `@media (prefers-color-scheme: dark) {\n${selector} {\n${declarations(dark)}\n}\n}\n`
  }
  return css
}
