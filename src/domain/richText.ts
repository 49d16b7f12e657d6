/**
 * Commentary is stored as tiptap/ProseMirror JSON restricted to the nodes and marks below.
 * Renderers map it exhaustively, so an unknown node can never reach the DOM as HTML.
 */
export type RichTextMark =
  { type: 'bold' } | { type: 'italic' } | { type: 'link'; attrs: { href: string } }

export interface RichTextNode {
  type: string
  attrs?: Record<string, unknown>
  content?: RichTextNode[]
  marks?: RichTextMark[]
  text?: string
}

export interface RichTextDoc {
  type: 'doc'
  content: RichTextNode[]
}

export const RICH_TEXT_NODE_TYPES = [
  'doc',
  'paragraph',
  'heading',
  'text',
  'hardBreak',
  'blockquote',
  'bulletList',
  'orderedList',
  'listItem',
] as const

export type RichTextNodeType = (typeof RICH_TEXT_NODE_TYPES)[number]

export const emptyRichText = (): RichTextDoc => ({ type: 'doc', content: [{ type: 'paragraph' }] })

export const richTextFromPlainText = (text: string): RichTextDoc => ({
  type: 'doc',
  content: text
    .split(/\n{2,}/)
    .map((paragraph) =>
      paragraph
        ? { type: 'paragraph', content: [{ type: 'text', text: paragraph }] }
        : { type: 'paragraph' },
    ),
})

/** Plain text of a rich text document, paragraphs separated by blank lines. */
export const richTextToPlainText = (doc: RichTextDoc): string => {
  const blockText = (node: RichTextNode): string => {
    if (node.type === 'text') return node.text ?? ''
    if (node.type === 'hardBreak') return '\n'
    const inner = node.content ?? []
    const isContainer = inner.some((child) => child.type !== 'text' && child.type !== 'hardBreak')
    return inner.map(blockText).join(isContainer ? '\n\n' : '')
  }
  return doc.content.map(blockText).join('\n\n').trim()
}

/** Only http(s) and mailto links survive: `javascript:` and friends never become an href. */
export const isSafeLinkHref = (href: unknown): href is string => {
  if (typeof href !== 'string') return false
  try {
    const url = new URL(href)
    return url.protocol === 'http:' || url.protocol === 'https:' || url.protocol === 'mailto:'
  } catch {
    return false
  }
}
