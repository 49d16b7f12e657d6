import { renderToStaticMarkup } from 'react-dom/server'
import { createElement } from 'react'
import { storyToSlides } from '../domain/slides'
import deckCss from '../renderers/slideshow/deck.css?inline'
import slidesCss from '../renderers/slideshow/slides.css?inline'
import { SlideDeck } from '../renderers/slideshow/SlideDeck'
import type { SlideOrientation } from '../renderers/slideshow/slideSize'
import { pageTitle } from './feedPage'
import { cspHash, standaloneHtml } from './standaloneHtml'
import { slideFontCss, subsetsFor, type FontFileLoader } from './fonts/fontFaceCss'
import { blobToDataUrl } from './media/blobToDataUrl'
import { collectMedia } from './media/collectMedia'
import { mediaUrlsOf } from './media/mediaUrlsOf'
import { fetchableUrls, preparePageMedia } from './media/pageMedia'
import { RENDERER_CSS } from './rendererCss'
import { deckRuntime } from './slideshowHtmlRuntime'
import { slideLookOf } from './slideshowHtmlTheme'
import { fileStem, storyPosts } from './storyPosts'
import type { ExportFile, ExportInput, Exporter } from './types'

export interface SlideshowHtmlOptions {
  orientation?: SlideOrientation
  /** Makes media tokens predictable in tests; random otherwise. */
  nonce?: string
  /** Where the embedded font files come from; the bundled files by default. */
  loadFont?: FontFileLoader
}

/** The deck's one script: the same text, so the same CSP hash, for every export. */
export const DECK_SCRIPT = `(${deckRuntime.toString()})()\n`

const randomNonce = () => crypto.randomUUID().replace(/-/g, '').slice(0, 12)

/**
 * A slideshow as one HTML file that works offline and loads nothing: slides drawn by the same
 * renderers as the editor, media and fonts inlined as `data:` URLs, one inline script allowed by
 * its hash. Every slide stays readable, stacked, with JavaScript off.
 */
export const exportSlideshowHtml = async (
  input: ExportInput,
  options: SlideshowHtmlOptions = {},
): Promise<ExportFile> => {
  const { story, locale, signal } = input
  const orientation = options.orientation ?? 'landscape'
  const posts = storyPosts(story, input.posts)
  const blobs = await collectMedia(
    fetchableUrls(mediaUrlsOf(Object.values(posts))),
    input.fetchMedia,
    {
      signal,
      onProgress: input.onProgress,
    },
  )
  const media = preparePageMedia(posts, blobs, options.nonce ?? randomNonce())
  const resolved = new Map<number, string>()
  for (const file of media.files) {
    signal?.throwIfAborted()
    resolved.set(file.index, await blobToDataUrl(file.blob))
  }
  const look = slideLookOf(input.theme)
  const slides = storyToSlides(story)
  const body = media.replaceTokens(
    renderToStaticMarkup(
      createElement(SlideDeck, {
        slides,
        storyTitle: story.title,
        posts: media.posts,
        locale,
        orientation,
        theme: look.theme,
      }),
    ),
    resolved,
  )
  const fontCss = await slideFontCss(subsetsFor(JSON.stringify([story, posts])), {
    load: options.loadFont,
    signal,
  })
  signal?.throwIfAborted()
  const html = await buildDeckDocument({
    lang: locale,
    title: pageTitle(story, locale),
    styles: [fontCss, RENDERER_CSS, slidesCss, deckCss, look.css].join('\n'),
    body,
    script: DECK_SCRIPT,
  })
  return {
    fileName: `${fileStem(story.title)}-slides.html`,
    mimeType: 'text/html',
    content: new Blob([html], { type: 'text/html;charset=utf-8' }),
  }
}

export interface DeckDocumentInput {
  lang: string
  title: string
  styles: string
  body: string
  script: string
}

/** The page around the deck, with a CSP that allows its one style and one script by hash. */
export const buildDeckDocument = async ({
  lang,
  title,
  styles,
  body,
  script,
}: DeckDocumentInput): Promise<string> => {
  const csp = [
    "default-src 'none'",
    `script-src ${await cspHash(script)}`,
    `style-src ${await cspHash(styles)}`,
    'img-src data:',
    'media-src data:',
    'font-src data:',
    "connect-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ')
  return standaloneHtml({ lang, title, csp, styles, body, script, bodyClass: 'deck-body' })
}

export const slideshowHtmlExporter: Exporter = {
  run: async (input) => ({
    kind: 'file',
    file: await exportSlideshowHtml(input, { orientation: input.slides?.orientation }),
  }),
}
