import { Fragment, type ReactNode, memo } from 'react'
import {
  isSafeLinkHref,
  type RichTextDoc,
  type RichTextMark,
  type RichTextNode,
  type RichTextNodeType,
} from '../../domain/richText'

/**
 * Static commentary: the stored JSON mapped node by node to React elements, so a story with
 * hundreds of text blocks mounts no editor, loads no tiptap and works in renderToStaticMarkup.
 *
 * Stored documents are normalised, but this renderer does not rely on it: unknown nodes render
 * nothing and a link whose href is not http(s)/mailto renders as plain text.
 */
export const RichText = memo(function RichText({ doc }: { doc: RichTextDoc }) {
  return <>{renderBlocks(doc.content)}</>
})

type Renderer = (node: RichTextNode, key: number) => ReactNode

const children = (node: RichTextNode) => node.content ?? []

/** An empty line keeps its height, as it does in the editor. */
const lineContent = (node: RichTextNode) =>
  children(node).length > 0 ? renderInline(children(node)) : <br />

/** Keyed by every node type but the document: adding a type breaks the build until it renders. */
const renderers: Record<Exclude<RichTextNodeType, 'doc'>, Renderer> = {
  paragraph: (node, key) => <p key={key}>{lineContent(node)}</p>,
  heading: (node, key) =>
    node.attrs?.level === 3 ? (
      <h3 key={key}>{lineContent(node)}</h3>
    ) : (
      <h2 key={key}>{lineContent(node)}</h2>
    ),
  blockquote: (node, key) => <blockquote key={key}>{renderBlocks(children(node))}</blockquote>,
  bulletList: (node, key) => <ul key={key}>{renderBlocks(children(node))}</ul>,
  orderedList: (node, key) => {
    const start = node.attrs?.start
    const hasStart = typeof start === 'number' && Number.isSafeInteger(start) && start > 1
    return (
      <ol key={key} start={hasStart ? start : undefined}>
        {renderBlocks(children(node))}
      </ol>
    )
  },
  listItem: (node, key) => <li key={key}>{renderBlocks(children(node))}</li>,
  // Inline nodes reaching block level are malformed; showing their text beats dropping it.
  text: (node, key) => <p key={key}>{renderInline([node])}</p>,
  hardBreak: (_node, key) => <br key={key} />,
}

const isKnownType = (type: string): type is keyof typeof renderers => Object.hasOwn(renderers, type)

function renderBlocks(nodes: RichTextNode[]): ReactNode[] {
  return nodes.map((node, index) =>
    isKnownType(node.type) ? renderers[node.type](node, index) : null,
  )
}

const safeHref = (node: RichTextNode): string | undefined => {
  const link = node.marks?.find((mark) => mark.type === 'link')
  return link && isSafeLinkHref(link.attrs.href) ? link.attrs.href : undefined
}

const hasMark = (node: RichTextNode, type: RichTextMark['type']) =>
  node.marks?.some((mark) => mark.type === type) ?? false

function renderFormatted(node: RichTextNode, key: number): ReactNode {
  if (node.type === 'hardBreak') return <br key={key} />
  if (node.type !== 'text' || !node.text) return null
  let element: ReactNode = node.text
  if (hasMark(node, 'italic')) element = <em>{element}</em>
  if (hasMark(node, 'bold')) element = <strong>{element}</strong>
  return <Fragment key={key}>{element}</Fragment>
}

/**
 * Neighbouring texts of one link (say, half of it bold) render as one anchor, so assistive tech
 * announces one link rather than several.
 */
function renderInline(nodes: RichTextNode[]): ReactNode[] {
  const runs: { href: string | undefined; nodes: RichTextNode[] }[] = []
  for (const node of nodes) {
    const href = node.type === 'text' ? safeHref(node) : undefined
    const last = runs[runs.length - 1]
    if (last && href !== undefined && last.href === href) last.nodes.push(node)
    else runs.push({ href, nodes: [node] })
  }
  return runs.map((run, index) =>
    run.href === undefined ? (
      <Fragment key={index}>{run.nodes.map(renderFormatted)}</Fragment>
    ) : (
      <a key={index} href={run.href} rel="noopener noreferrer ugc" target="_blank">
        {run.nodes.map(renderFormatted)}
      </a>
    ),
  )
}
