import { renderToStaticMarkup } from 'react-dom/server'
import type { Post, PostId } from '../domain/post'
import type { Story } from '../domain/story'
import { FeedRenderer } from '../renderers/feed/FeedRenderer'
import { rendererStrings, type RendererLocale } from '../renderers/rendererStrings'
import { escapeHtml } from './escapeHtml'
import { PAGE_CSS } from './pageCss'
import { RENDERER_CSS } from './rendererCss'
import { brandLogo, brandName, themeCss } from './themes'
import type { ExportTheme } from './types'

export interface FeedBodyInput {
  story: Story
  /** Snapshots prepared for the page (media tokens, sanitised HTML). */
  posts: Readonly<Record<PostId, Post>>
  locale: RendererLocale
  theme: ExportTheme
  exportedAt: Date
}

const isoDay = (date: Date) => date.toISOString().slice(0, 10)

/**
 * The visible page: the brand bar (brand theme), the story drawn by the editor's own
 * FeedRenderer, and a footer saying when the copy was made.
 */
export const renderFeedBody = ({ story, posts, locale, theme, exportedAt }: FeedBodyInput) => {
  const strings = rendererStrings(locale)
  const logo = brandLogo(theme)
  const name = brandName(theme)
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
    exportedAt,
  )
  return renderToStaticMarkup(
    <div className="export-page">
      {(logo || name) && (
        <header className="export-brand">
          {/* The brand name beside it says who this is; without a name, the logo says it. */}
          {logo && <img src={logo} alt={name ? '' : 'Logo'} />}
          {name && <span>{name}</span>}
        </header>
      )}
      <main>
        <FeedRenderer story={story} posts={posts} locale={locale} />
      </main>
      <footer className="export-footer" lang={locale}>
        <p>
          {/* The whole sentence is the date's human form; datetime gives the machine one. */}
          <time dateTime={isoDay(exportedAt)}>{strings.exportedOn(date)}</time>
        </p>
      </footer>
    </div>,
  )
}

/** Everything the page's single <style> element holds: theme, renderers, page. */
export const pageStyles = (theme: ExportTheme, selector = ':root'): string =>
  `${themeCss(theme, { selector })}\n${RENDERER_CSS}\n${PAGE_CSS}`

/** `'sha256-…'` of a style element's text, for the page's Content-Security-Policy. */
export const cspHash = async (text: string): Promise<string> => {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))
  let binary = ''
  for (const byte of new Uint8Array(digest)) binary += String.fromCharCode(byte)
  return `'sha256-${btoa(binary)}'`
}

export interface HtmlDocumentInput {
  lang: string
  title: string
  styles: string
  body: string
  /** Media sources besides `data:`: the zip's `assets/` folder sits beside the page. */
  mediaFromFolder?: boolean
}

/**
 * A whole page that loads nothing from anywhere: no script at all, every source closed but
 * inline data and the one style element (by hash), no referrer sent when a link is followed.
 */
export const buildHtmlDocument = async ({
  lang,
  title,
  styles,
  body,
  mediaFromFolder = false,
}: HtmlDocumentInput): Promise<string> => {
  if (/<\/style/i.test(styles)) throw new Error('A stylesheet may not close its own element.')
  const media = mediaFromFolder ? "'self' data:" : 'data:'
  const csp = [
    "default-src 'none'",
    `img-src ${media}`,
    `media-src ${media}`,
    `style-src ${await cspHash(styles)}`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ')
  return `<!doctype html>
<html lang="${escapeHtml(lang)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<meta name="generator" content="Storyloom">
<title>${escapeHtml(title)}</title>
<style>${styles}</style>
</head>
<body>
${body}
</body>
</html>
`
}

export const pageTitle = (story: Story, locale: RendererLocale): string =>
  story.title.trim() || rendererStrings(locale).untitledStory
