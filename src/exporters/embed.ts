import { fileStem } from './storyPosts'
import { escapeHtml } from './escapeHtml'
import { buildFeedPage } from './feedHtml'
import { pageStyles, pageTitle } from './feedPage'
import { scopeCss } from './scopeCss'
import type { ExportInput, ExportResult, Exporter } from './types'

export interface EmbedOptions {
  /** Fixes the media tokens and the wrapper class in tests; random otherwise. */
  nonce?: string
}

/** Start height of the frame: room for a title and a few posts; the reader's page scrolls it. */
const IFRAME_HEIGHT = 800

/**
 * An `<iframe srcdoc>` holding the feed page. `sandbox` without `allow-scripts` (the page has no
 * script anyway) and without `allow-same-origin` keeps it away from the host page; popups are
 * allowed so "View original" links open.
 */
export const iframeSnippet = (pageHtml: string, title: string): string =>
  `<iframe title="${escapeHtml(title)}" srcdoc="${escapeHtml(pageHtml)}" ` +
  `sandbox="allow-popups allow-popups-to-escape-sandbox" loading="lazy" referrerpolicy="no-referrer" ` +
  `width="100%" height="${IFRAME_HEIGHT}" style="border: 0; width: 100%; max-width: 48rem;"></iframe>`

/** The body of a feed page, between its <body> tags. */
const bodyOf = (pageHtml: string): string => {
  const start = pageHtml.indexOf('<body>\n') + '<body>\n'.length
  const end = pageHtml.lastIndexOf('\n</body>')
  return pageHtml.slice(start, end)
}

/**
 * Markup plus a `<style>` whose every selector starts with a class unique to this snippet, so
 * it styles only itself in a blog theme and two snippets on one page do not clash.
 */
export const htmlSnippet = (pageHtml: string, scopeClass: string, input: ExportInput): string => {
  const scope = `.${scopeClass}`
  const styles = scopeCss(pageStyles(input.theme), scope)
  return `<div class="${scopeClass}" lang="${escapeHtml(input.locale)}">\n<style>\n${styles}</style>\n${bodyOf(pageHtml)}\n</div>\n`
}

export const exportEmbed = async (
  input: ExportInput,
  options: EmbedOptions = {},
): Promise<ExportResult> => {
  const nonce = options.nonce ?? crypto.randomUUID().replace(/-/g, '').slice(0, 8)
  const page = await buildFeedPage(input, { nonce, forceSingleFile: true })
  const html = htmlSnippet(page.html, `storyloom-embed-${nonce}`, input)
  return {
    kind: 'snippets',
    iframe: iframeSnippet(page.html, pageTitle(input.story, input.locale)),
    html,
    file: {
      fileName: `${fileStem(input.story.title)}-embed.html`,
      mimeType: 'text/html',
      content: new Blob([html], { type: 'text/html' }),
    },
  }
}

export const embedExporter: Exporter = { run: (input) => exportEmbed(input) }
