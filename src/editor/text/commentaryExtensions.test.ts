import { Editor, getSchema } from '@tiptap/react'
import fc from 'fast-check'
import { afterEach, describe, expect, it } from 'vitest'
import { normalizeRichText } from '../../domain/normalizeRichText'
import { emptyRichText, RICH_TEXT_NODE_TYPES, type RichTextDoc } from '../../domain/richText'
import { commentaryExtensions } from './commentaryExtensions'

const schema = getSchema(commentaryExtensions)

const editors: Editor[] = []
afterEach(() => editors.splice(0).forEach((editor) => editor.destroy()))

const createEditor = (content: RichTextDoc) => {
  const editor = new Editor({ extensions: commentaryExtensions, content })
  editors.push(editor)
  return editor
}

const paragraphDoc = (value: string): RichTextDoc => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text: value }] }],
})

describe('commentaryExtensions', () => {
  it('has exactly the nodes and marks of the stored format', () => {
    expect(Object.keys(schema.nodes).sort()).toEqual([...RICH_TEXT_NODE_TYPES].sort())
    expect(Object.keys(schema.marks).sort()).toEqual(['bold', 'italic', 'link'])
  })

  it('accepts every normalised document, and gives it back unchanged', () => {
    const { node } = fc.letrec<{ node: unknown }>((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        fc.record({
          type: fc.constant('text'),
          text: fc.string(),
          marks: fc.array(
            fc.oneof(
              fc.record({ type: fc.constantFrom('bold', 'italic') }),
              fc.record({ type: fc.constant('link'), attrs: fc.record({ href: fc.webUrl() }) }),
            ),
          ),
        }),
        fc.record({
          type: fc.constantFrom(...RICH_TEXT_NODE_TYPES, 'codeBlock'),
          attrs: fc.record({ level: fc.integer(), start: fc.integer() }),
          content: fc.array(tie('node'), { maxLength: 3 }),
        }),
      ),
    }))
    fc.assert(
      fc.property(fc.array(node, { maxLength: 4 }), (content) => {
        const normalized = normalizeRichText({ type: 'doc', content })
        const parsed = schema.nodeFromJSON(normalized)
        parsed.check()
        expect(normalizeRichText(parsed.toJSON())).toEqual(normalized)
      }),
      { numRuns: 300 },
    )
  })

  it('refuses links that are not http(s) or mailto', () => {
    const editor = createEditor(paragraphDoc('click'))
    editor.commands.selectAll()
    expect(editor.commands.setLink({ href: 'javascript:alert(1)' })).toBe(false)
    expect(editor.commands.setLink({ href: 'data:text/html,x' })).toBe(false)
    expect(editor.isActive('link')).toBe(false)
    expect(editor.commands.setLink({ href: 'https://example.org' })).toBe(true)
    expect(editor.getHTML()).toBe(
      '<p><a target="_blank" rel="noopener noreferrer ugc" href="https://example.org">click</a></p>',
    )
  })

  it('does not parse unsafe links from pasted HTML', () => {
    const editor = createEditor(emptyRichText())
    editor.commands.setContent(
      '<p><a href="javascript:alert(1)">x</a> <a href="https://a.test">y</a></p>',
    )
    expect(normalizeRichText(editor.getJSON())).toEqual({
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'x ' },
            {
              type: 'text',
              text: 'y',
              marks: [{ type: 'link', attrs: { href: 'https://a.test' } }],
            },
          ],
        },
      ],
    })
  })

  it('only offers heading levels 2 and 3', () => {
    const editor = createEditor(paragraphDoc('t'))
    expect(editor.commands.setHeading({ level: 1 })).toBe(false)
    expect(editor.commands.setHeading({ level: 3 })).toBe(true)
  })
})
