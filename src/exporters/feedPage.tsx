import { renderToStaticMarkup } from 'react-dom/server'
import type { Post, PostId } from '../domain/post'
import type { Story } from '../domain/story'
import { FeedRenderer } from '../renderers/feed/FeedRenderer'
import { rendererStrings, type RendererLocale } from '../renderers/rendererStrings'
import { PAGE_CSS } from './pageCss'
import { RENDERER_CSS } from './rendererCss'
import { brandLogo, brandName, themeCss } from './themes'
import type { ExportTheme } from './types'
import { cspHash, standaloneHtml } from './standaloneHtml'

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
  const media = mediaFromFolder ? "'self' data:" : 'data:'
  const csp = [
    "default-src 'none'",
    `img-src ${media}`,
    `media-src ${media}`,
    `style-src ${await cspHash(styles)}`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ')
  return standaloneHtml({ lang, title, csp, styles, body, colorScheme: true })
}

export const pageTitle = (story: Story, locale: RendererLocale): string =>
  story.title.trim() || rendererStrings(locale).untitledStory
