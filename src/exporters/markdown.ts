import type { Block } from '../domain/block'
import { detectSponsored } from '../domain/integrity/disclosure'
import type { Media, Post, PostId } from '../domain/post'
import { isSafeLinkHref, type RichTextDoc, type RichTextNode } from '../domain/richText'
import { isTombstone } from '../domain/sourceCheck/applyDeletedPostPolicy'
import { safeHttpUrl } from '../lib/safeUrl'
import {
  rendererStrings,
  type RendererLocale,
  type RendererStrings,
} from '../renderers/rendererStrings'
import { sourceStatusNote, tombstoneMarkdown } from './sourceStatusMarkdown'
import { fileStem } from './storyPosts'
import type { ExportInput, ExportResult, Exporter } from './types'

/**
 * Text from posts and commentary is data, never Markdown. `&`, `<` and `>` become entities (no
 * raw HTML, no autolink, not even as text a sanitiser might misread); the characters that open
 * emphasis, code, links, tables or strike-through are backslash-escaped (CommonMark allows it
 * before any ASCII punctuation), and so are those that only matter at a line's start.
 */
export const escapeMarkdown = (text: string): string =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]|~]/g, '\\$&')
    .replace(/^(\s*)([-+=#])/gm, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/gm, '$1\\$2')

/** Percent-encodes the characters that would end or break a Markdown link target. */
const encodeTarget = (url: string): string =>
  url.replace(
    /[\s()<>\\]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  )

/** A link or image target: absolute http(s) only (a root-relative path means nothing in a blog). */
const markdownUrl = (url: string | undefined): string | undefined => {
  const safe = safeHttpUrl(url)
  return safe && !safe.startsWith('/') ? encodeTarget(safe) : undefined
}

const link = (label: string, url: string | undefined): string => {
  const target = markdownUrl(url)
  return target ? `[${label}](${target})` : label
}

/** Prefixes every line, blank ones included, so a quote or list item stays one block. */
const indent = (text: string, first: string, rest: string = first): string =>
  text
    .split('\n')
    .map((line, index) => `${index === 0 ? first : rest}${line}`.trimEnd())
    .join('\n')

// ---------- commentary (rich text) ----------

const inline = (nodes: RichTextNode[] = []): string =>
  nodes
    .map((node) => {
      if (node.type === 'hardBreak') return '\\\n'
      if (node.type !== 'text' || !node.text) return ''
      let text = escapeMarkdown(node.text)
      const marks = node.marks ?? []
      if (marks.some((mark) => mark.type === 'italic')) text = `*${text}*`
      if (marks.some((mark) => mark.type === 'bold')) text = `**${text}**`
      const href = marks.find((mark) => mark.type === 'link')
      if (href?.type === 'link' && isSafeLinkHref(href.attrs.href)) {
        text = href.attrs.href.startsWith('mailto:')
          ? `[${text}](${encodeTarget(href.attrs.href)})`
          : link(text, href.attrs.href)
      }
      return text
    })
    .join('')

const blocks = (nodes: RichTextNode[] = []): string =>
  nodes
    .map(block)
    .filter((text) => text !== '')
    .join('\n\n')

const block = (node: RichTextNode): string => {
  switch (node.type) {
    case 'paragraph':
      return inline(node.content)
    case 'heading':
      // The same outline as the page: commentary headings sit at the sections' levels.
      return `${node.attrs?.level === 3 ? '###' : '##'} ${inline(node.content)}`
    case 'blockquote':
      return indent(blocks(node.content), '> ')
    case 'bulletList':
      return (node.content ?? []).map((item) => indent(blocks(item.content), '- ', '  ')).join('\n')
    case 'orderedList': {
      const start = node.attrs?.start
      const first =
        typeof start === 'number' && Number.isSafeInteger(start) && start > 0 ? start : 1
      return (node.content ?? [])
        .map((item, index) => {
          const marker = `${first + index}. `
          return indent(blocks(item.content), marker, ' '.repeat(marker.length))
        })
        .join('\n')
    }
    case 'text':
    case 'hardBreak':
      return inline([node])
    default:
      return ''
  }
}

export const richTextToMarkdown = (doc: RichTextDoc): string => blocks(doc.content)

// ---------- posts ----------

const mediaLine = (media: Media, strings: RendererStrings): string => {
  const authorAlt = media.alt?.trim() ?? ''
  const curatorAlt = authorAlt ? '' : (media.curatorAlt?.trim() ?? '')
  // Markdown has no room for a label beside an image: the curator's words say whose they are.
  const alt = authorAlt || (curatorAlt && `${curatorAlt} (${strings.curatorDescription})`)
  const url = markdownUrl(media.url)
  if (media.kind === 'image' && url) return `![${escapeMarkdown(alt)}](${url})`
  const label = escapeMarkdown(
    alt
      ? `${strings.media[media.kind] ?? 'Media'}: ${alt}`
      : (strings.media[media.kind] ?? 'Media'),
  )
  return url ? `[${label}](${url})` : `*${label}*`
}

const byline = (post: Post, strings: RendererStrings): string => {
  const name = escapeMarkdown(post.author.name || post.author.handle)
  const handle = post.author.name ? ` (${escapeMarkdown(post.author.handle)})` : ''
  const date = escapeMarkdown(strings.formatDate(post.createdAt))
  const original = markdownUrl(post.url)
  return `— ${name}${handle}, ${date}${original ? `, [${escapeMarkdown(strings.viewOriginal)}](${original})` : ''}`
}

const postMarkdown = (post: Post, strings: RendererStrings, depth = 0): string => {
  if (isTombstone(post)) return tombstoneMarkdown(post, strings.locale, markdownUrl(post.url))
  const parts: string[] = []
  if (post.availability?.state === 'unavailable')
    parts.push(`*${escapeMarkdown(strings.postUnavailable(post.availability.reason))}*`)
  const sourceNote = sourceStatusNote(post.sourceCheck, strings.locale)
  if (sourceNote) parts.push(`*${escapeMarkdown(sourceNote)}*`)
  if (detectSponsored(post).sponsored) parts.push(`**${escapeMarkdown(strings.sponsored)}**`)
  if (post.contentWarning)
    parts.push(
      `**${escapeMarkdown(strings.contentWarning)}:** ${escapeMarkdown(post.contentWarning)}`,
    )
  const text = post.text.trim()
  if (text)
    parts.push(
      text
        .split(/\n{2,}/)
        .map((p) => escapeMarkdown(p).replace(/\n/g, '\\\n'))
        .join('\n\n'),
    )
  for (const media of post.media ?? []) parts.push(mediaLine(media, strings))
  if (post.card) {
    const title = escapeMarkdown(post.card.title || post.card.url)
    parts.push(link(title, post.card.url))
  }
  if (post.quote && depth === 0) {
    parts.push(
      post.quote.state === 'available'
        ? postMarkdown(post.quote.post, strings, depth + 1)
        : `*${escapeMarkdown(strings.quoteUnavailable(post.quote.reason))}*`,
    )
  }
  parts.push(byline(post, strings))
  return indent(parts.join('\n\n'), '> ')
}

const blockMarkdown = (
  block: Block,
  posts: Readonly<Record<PostId, Post>>,
  strings: RendererStrings,
): string => {
  if (block.type === 'section') return `## ${escapeMarkdown(block.title.trim())}`.trimEnd()
  if (block.type === 'text') return richTextToMarkdown(block.content)
  const post = Object.hasOwn(posts, block.postId) ? posts[block.postId] : undefined
  return post ? postMarkdown(post, strings) : `*${escapeMarkdown(strings.missingPost)}*`
}

/** The story for a blog: title `#`, sections `##`, commentary as Markdown, posts as quotes. */
export const storyToMarkdown = (
  input: Pick<ExportInput, 'story' | 'posts'> & { locale: RendererLocale },
): string => {
  const strings = rendererStrings(input.locale)
  const title = escapeMarkdown(input.story.title.trim() || strings.untitledStory)
  const body = input.story.blocks
    .map((block) => blockMarkdown(block, input.posts, strings))
    .filter((text) => text.trim() !== '' && text !== '##')
  return `${[`# ${title}`, ...body].join('\n\n')}\n`
}

export const exportMarkdown = async (input: ExportInput): Promise<ExportResult> => ({
  kind: 'file',
  file: {
    fileName: `${fileStem(input.story.title)}.md`,
    mimeType: 'text/markdown',
    content: new Blob([storyToMarkdown(input)], { type: 'text/markdown;charset=utf-8' }),
  },
})

export const markdownExporter: Exporter = { run: exportMarkdown }
