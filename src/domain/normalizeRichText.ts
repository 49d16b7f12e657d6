import {
  isSafeLinkHref,
  richTextFromPlainText,
  type RichTextDoc,
  type RichTextMark,
  type RichTextNode,
} from './richText'

/**
 * Turns anything (stored JSON, editor output, pasted garbage) into a document that the editor
 * schema accepts and the renderers can map exhaustively. Pure and total: it never throws.
 *
 * The output is a fixed point: normalizing it again returns an equal document, so the editor
 * can compare documents to tell a real change from an echo of its own output.
 */

/** Containers (blockquote, list, list item) nested deeper than this are flattened to text. */
const MAX_CONTAINER_DEPTH = 16
/** Bounds the call stack on hostile input, whatever wraps the allowed nodes. */
const MAX_RECURSION = 200
/** Bounds the work on inputs that share subtrees (a DAG of depth 30 is a billion nodes). */
const MAX_VISITS = 100_000
/** The text fallback visits each object once per call, so it can afford a larger allowance. */
const MAX_TEXT_VISITS = 2_000_000

/** Unknown nodes normally give up their text, but not these: their text is code, not prose. */
const DROPPED_WITH_CONTENT = new Set(['script', 'style', 'noscript', 'template', 'iframe'])

type Inline = RichTextNode & { type: 'text' | 'hardBreak' }

interface Budget {
  visits: number
  textVisits: number
}

/** `push(...items)` overflows the stack past ~100k items; hostile input can have that many. */
const append = <T>(target: T[], items: readonly T[]) => {
  for (const item of items) target.push(item)
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const childrenOf = (node: Record<string, unknown>): unknown[] =>
  Array.isArray(node.content) ? node.content : []

const typeOf = (node: Record<string, unknown>): string =>
  typeof node.type === 'string' ? node.type : ''

const isDroppedWithContent = (type: string) =>
  DROPPED_WITH_CONTENT.has(type.replace(/[^a-z]/gi, '').toLowerCase())

const paragraph = (content: Inline[]): RichTextNode =>
  content.length > 0 ? { type: 'paragraph', content } : { type: 'paragraph' }

const clampHeadingLevel = (level: unknown): 2 | 3 => {
  const value = typeof level === 'string' ? Number(level) : level
  return typeof value === 'number' && value >= 3 ? 3 : 2
}

const listStart = (start: unknown): number =>
  typeof start === 'number' && Number.isSafeInteger(start) && start >= 1 ? start : 1

// ---------------------------------------------------------------------------------------------
// Marks

const normalizeMarks = (marks: unknown): RichTextMark[] => {
  if (!Array.isArray(marks)) return []
  let bold = false
  let italic = false
  let href: string | undefined
  for (const mark of marks) {
    if (!isRecord(mark)) continue
    if (mark.type === 'bold') bold = true
    else if (mark.type === 'italic') italic = true
    else if (mark.type === 'link' && href === undefined && isRecord(mark.attrs)) {
      const candidate = typeof mark.attrs.href === 'string' ? mark.attrs.href.trim() : undefined
      if (isSafeLinkHref(candidate)) href = candidate
    }
  }
  // One canonical order, so that equal formatting always serialises the same way.
  const result: RichTextMark[] = []
  if (bold) result.push({ type: 'bold' })
  if (italic) result.push({ type: 'italic' })
  if (href !== undefined) result.push({ type: 'link', attrs: { href } })
  return result
}

const sameMarks = (a: RichTextMark[] | undefined, b: RichTextMark[] | undefined) =>
  JSON.stringify(a ?? []) === JSON.stringify(b ?? [])

const textNode = (text: string, marks: RichTextMark[]): Inline =>
  marks.length > 0 ? { type: 'text', text, marks } : { type: 'text', text }

/** ProseMirror merges equally marked neighbours; doing it here keeps the output a fixed point. */
const mergeTexts = (nodes: Inline[]): Inline[] => {
  const merged: Inline[] = []
  for (const node of nodes) {
    const previous = merged[merged.length - 1]
    if (
      previous?.type === 'text' &&
      node.type === 'text' &&
      sameMarks(previous.marks, node.marks)
    ) {
      merged[merged.length - 1] = textNode(`${previous.text}${node.text}`, previous.marks ?? [])
    } else {
      merged.push(node)
    }
  }
  return merged
}

// ---------------------------------------------------------------------------------------------
// Plain text fallback, iterative so that no depth of nesting can overflow the stack

/** Pushed after a node's children: when popped, the text gathered so far is one paragraph. */
const END_OF_BLOCK = Symbol('end of block')

const plainTextParagraphs = (root: unknown, budget: Budget): RichTextNode[] => {
  const seen = new Set<unknown>()
  const lines: string[] = []
  let current = ''
  const stack: unknown[] = [root]
  while (stack.length > 0 && budget.textVisits <= MAX_TEXT_VISITS) {
    const node = stack.pop()
    budget.textVisits += 1
    if (node === END_OF_BLOCK) {
      if (current !== '') lines.push(current)
      current = ''
      continue
    }
    if (!isRecord(node) || seen.has(node)) continue
    seen.add(node)
    const type = typeOf(node)
    if (type === 'text') current += typeof node.text === 'string' ? node.text : ''
    else if (type === 'hardBreak') current += '\n'
    else if (!isDroppedWithContent(type)) {
      const children = childrenOf(node)
      stack.push(END_OF_BLOCK)
      for (let index = children.length - 1; index >= 0; index -= 1) stack.push(children[index])
    }
  }
  if (current !== '') lines.push(current)
  return lines.map((line) => paragraph(splitLines(line, [])))
}

/**
 * A newline inside a text node shows as a line break in the editor (pre-wrap) but as a space in
 * static HTML: turning it into a hard break makes both agree.
 */
const splitLines = (text: string, marks: RichTextMark[]): Inline[] =>
  text
    .split(/\r\n|\r|\n/)
    .flatMap((part, index): Inline[] => [
      ...(index > 0 ? [{ type: 'hardBreak' } as Inline] : []),
      ...(part ? [textNode(part, marks)] : []),
    ])

// ---------------------------------------------------------------------------------------------
// Inline content (inside paragraphs and headings)

const collectInline = (nodes: unknown[], recursion: number, budget: Budget, out: Inline[]) => {
  for (const node of nodes) {
    budget.visits += 1
    if (budget.visits > MAX_VISITS) return
    if (!isRecord(node)) continue
    const type = typeOf(node)
    if (type === 'text') {
      if (typeof node.text === 'string')
        append(out, splitLines(node.text, normalizeMarks(node.marks)))
    } else if (type === 'hardBreak') {
      out.push({ type: 'hardBreak' })
    } else if (isDroppedWithContent(type)) {
      continue
    } else if (recursion >= MAX_RECURSION) {
      const paragraphs = plainTextParagraphs(node, budget)
      for (const block of paragraphs) append(out, (block.content ?? []) as Inline[])
    } else {
      // A block or unknown node inside a line keeps its text, on the same line.
      collectInline(childrenOf(node), recursion + 1, budget, out)
    }
  }
}

const normalizeInline = (nodes: unknown[], recursion: number, budget: Budget): Inline[] => {
  const out: Inline[] = []
  collectInline(nodes, recursion, budget, out)
  return mergeTexts(out)
}

// ---------------------------------------------------------------------------------------------
// Blocks

interface Walk {
  /** Allowed containers above the current position in the output. */
  depth: number
  /** Calls above the current one, wrappers included. */
  recursion: number
  budget: Budget
}

const deeper = (walk: Walk): Walk => ({
  depth: walk.depth + 1,
  recursion: walk.recursion + 1,
  budget: walk.budget,
})

const normalizeListItem = (node: Record<string, unknown>, walk: Walk): RichTextNode => {
  const blocks = normalizeBlocks(childrenOf(node), deeper(walk))
  const [first, ...rest] = blocks
  // The schema wants a paragraph first: a leading heading becomes one, anything else gets one.
  if (first?.type === 'paragraph') return { type: 'listItem', content: blocks }
  if (first?.type === 'heading') {
    return { type: 'listItem', content: [paragraph((first.content ?? []) as Inline[]), ...rest] }
  }
  return { type: 'listItem', content: [paragraph([]), ...blocks] }
}

const normalizeList = (node: Record<string, unknown>, walk: Walk): RichTextNode[] => {
  const inner = deeper(walk)
  const items: RichTextNode[] = []
  let loose: unknown[] = []
  const flushLoose = () => {
    if (loose.length > 0) items.push(normalizeListItem({ content: loose }, inner))
    loose = []
  }
  for (const child of childrenOf(node)) {
    if (isRecord(child) && child.type === 'listItem') {
      flushLoose()
      items.push(normalizeListItem(child, inner))
    } else {
      loose.push(child)
    }
  }
  flushLoose()
  if (items.length === 0) return []
  if (node.type === 'bulletList') return [{ type: 'bulletList', content: items }]
  const attrs = isRecord(node.attrs) ? node.attrs : {}
  return [{ type: 'orderedList', attrs: { start: listStart(attrs.start) }, content: items }]
}

/** A list (or a stray item, which becomes a list) adds two levels: the list and its item. */
const LIST_LIKE = new Set(['bulletList', 'orderedList', 'listItem'])

const normalizeBlock = (node: Record<string, unknown>, walk: Walk): RichTextNode[] => {
  const type = typeOf(node)
  if (type === 'paragraph') {
    return [paragraph(normalizeInline(childrenOf(node), walk.recursion + 1, walk.budget))]
  }
  if (type === 'heading') {
    const content = normalizeInline(childrenOf(node), walk.recursion + 1, walk.budget)
    const attrs = isRecord(node.attrs) ? node.attrs : {}
    const heading: RichTextNode = {
      type: 'heading',
      attrs: { level: clampHeadingLevel(attrs.level) },
    }
    return [content.length > 0 ? { ...heading, content } : heading]
  }
  if (isDroppedWithContent(type)) return []
  const needed = LIST_LIKE.has(type) ? 2 : type === 'blockquote' ? 1 : 0
  if (walk.depth + needed > MAX_CONTAINER_DEPTH || walk.recursion >= MAX_RECURSION) {
    return plainTextParagraphs(node, walk.budget)
  }
  if (type === 'blockquote') {
    const content = normalizeBlocks(childrenOf(node), deeper(walk))
    return [{ type: 'blockquote', content: content.length > 0 ? content : [paragraph([])] }]
  }
  if (type === 'bulletList' || type === 'orderedList') return normalizeList(node, walk)
  // A stray list item is still a list item: it becomes a one item list.
  if (type === 'listItem') return normalizeList({ type: 'bulletList', content: [node] }, walk)
  // Unknown wrapper (table, codeBlock, div…): its content takes its place.
  return normalizeBlocks(childrenOf(node), { ...walk, recursion: walk.recursion + 1 })
}

const isInlineLike = (node: unknown) =>
  isRecord(node) && (node.type === 'text' || node.type === 'hardBreak')

/** Runs of text at block level become paragraphs; everything else is normalized as a block. */
const normalizeBlocks = (nodes: unknown[], walk: Walk): RichTextNode[] => {
  const blocks: RichTextNode[] = []
  let run: unknown[] = []
  const flushRun = () => {
    if (run.length > 0)
      blocks.push(paragraph(normalizeInline(run, walk.recursion + 1, walk.budget)))
    run = []
  }
  for (const node of nodes) {
    if (isInlineLike(node)) {
      run.push(node)
      continue
    }
    flushRun()
    walk.budget.visits += 1
    if (walk.budget.visits > MAX_VISITS) break
    if (isRecord(node)) append(blocks, normalizeBlock(node, walk))
  }
  flushRun()
  return blocks
}

const rootNodes = (input: unknown): unknown[] => {
  if (typeof input === 'string') return richTextFromPlainText(input).content
  if (Array.isArray(input)) return input
  if (!isRecord(input)) return []
  return input.type === 'doc' ? childrenOf(input) : [input]
}

export const normalizeRichText = (input: unknown): RichTextDoc => {
  try {
    const content = normalizeBlocks(rootNodes(input), {
      depth: 0,
      recursion: 0,
      budget: { visits: 0, textVisits: 0 },
    })
    return { type: 'doc', content: content.length > 0 ? content : [paragraph([])] }
  } catch {
    // Only reachable through exotic objects (throwing getters, revoked proxies).
    return { type: 'doc', content: [paragraph([])] }
  }
}

/** True when the document holds no visible text: empty paragraphs, breaks and spaces only. */
export const isRichTextEmpty = (doc: RichTextDoc): boolean => {
  const stack: unknown[] = [...doc.content]
  const seen = new Set<unknown>()
  while (stack.length > 0) {
    const node = stack.pop()
    if (!isRecord(node) || seen.has(node)) continue
    seen.add(node)
    if (node.type === 'text' && typeof node.text === 'string' && node.text.trim() !== '') {
      return false
    }
    append(stack, childrenOf(node))
  }
  return true
}
