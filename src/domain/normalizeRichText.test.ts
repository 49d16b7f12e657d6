import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isRichTextEmpty, normalizeRichText } from './normalizeRichText'
import {
  emptyRichText,
  isSafeLinkHref,
  RICH_TEXT_NODE_TYPES,
  type RichTextDoc,
  type RichTextNode,
} from './richText'

const doc = (...content: unknown[]) => ({ type: 'doc', content })
const text = (value: string, marks?: unknown[]) => ({ type: 'text', text: value, marks })
const p = (...content: unknown[]) => ({ type: 'paragraph', content })
const link = (href: unknown) => ({ type: 'link', attrs: { href } })

const INNER_TYPES: readonly string[] = RICH_TEXT_NODE_TYPES.filter((type) => type !== 'doc')

/** Every node and mark of the output is one the schema and the renderers know. */
const assertAllowed = (result: RichTextDoc) => {
  const problems: unknown[] = []
  if (result.type !== 'doc' || result.content.length === 0) problems.push(result)
  const stack: RichTextNode[] = [...result.content]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (!INNER_TYPES.includes(node.type)) problems.push(node)
    if (node.type === 'heading' && node.attrs?.level !== 2 && node.attrs?.level !== 3)
      problems.push(node)
    if (node.type === 'text' && !node.text) problems.push(node)
    for (const mark of node.marks ?? []) {
      if (!['bold', 'italic', 'link'].includes(mark.type)) problems.push(mark)
      if (mark.type === 'link' && !isSafeLinkHref(mark.attrs.href)) problems.push(mark)
    }
    for (const child of node.content ?? []) stack.push(child)
  }
  expect(problems).toEqual([])
}

describe('normalizeRichText', () => {
  it('keeps a well-formed document as it is', () => {
    const input: RichTextDoc = {
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Title' }] },
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'bold', marks: [{ type: 'bold' }] },
            { type: 'hardBreak' },
            {
              type: 'text',
              text: 'link',
              marks: [{ type: 'italic' }, { type: 'link', attrs: { href: 'https://example.org' } }],
            },
          ],
        },
        {
          type: 'blockquote',
          content: [{ type: 'paragraph', content: [{ type: 'text', text: 'quoted' }] }],
        },
        {
          type: 'orderedList',
          attrs: { start: 3 },
          content: [
            {
              type: 'listItem',
              content: [{ type: 'paragraph', content: [{ type: 'text', text: 'a' }] }],
            },
          ],
        },
        {
          type: 'bulletList',
          content: [{ type: 'listItem', content: [{ type: 'paragraph' }] }],
        },
      ],
    }
    expect(normalizeRichText(input)).toEqual(input)
  })

  it('strips the editor-only attributes of links and the defaults of ordered lists', () => {
    const input = doc(
      p(
        text('x', [
          {
            type: 'link',
            attrs: { href: 'https://a.test', target: '_blank', rel: 'x', class: null },
          },
        ]),
      ),
      {
        type: 'orderedList',
        attrs: { start: 1, type: null },
        content: [{ type: 'listItem', content: [p()] }],
      },
    )
    expect(normalizeRichText(input)).toEqual(
      doc(p(text('x', [link('https://a.test')])), {
        type: 'orderedList',
        attrs: { start: 1 },
        content: [{ type: 'listItem', content: [{ type: 'paragraph' }] }],
      }),
    )
  })

  it('guarantees at least one paragraph', () => {
    expect(normalizeRichText(doc())).toEqual(emptyRichText())
    expect(normalizeRichText({ type: 'doc' })).toEqual(emptyRichText())
    expect(normalizeRichText(doc({ type: 'horizontalRule' }))).toEqual(emptyRichText())
  })

  it.each([undefined, null, 42, true, Symbol('x'), () => 1, [], {}, { type: 'doc', content: 'x' }])(
    'turns the non-document %s into an empty document',
    (input) => {
      expect(normalizeRichText(input)).toEqual(emptyRichText())
    },
  )

  it('reads a plain string as paragraphs of text', () => {
    expect(normalizeRichText('one\n\ntwo')).toEqual(doc(p(text('one')), p(text('two'))))
  })

  it('clamps heading levels to 2 and 3', () => {
    const heading = (level: unknown) => ({
      type: 'heading',
      attrs: { level },
      content: [text('h')],
    })
    const levels = normalizeRichText(
      doc(heading(1), heading(2), heading(3), heading(6), heading('x'), heading('3')),
    ).content.map((node) => node.attrs?.level)
    expect(levels).toEqual([2, 2, 3, 3, 2, 3])
  })

  it.each([0, -2, 1.5, '4', Number.NaN, Number.MAX_VALUE])(
    'resets the ordered list start %s to 1',
    (start) => {
      const list = {
        type: 'orderedList',
        attrs: { start },
        content: [{ type: 'listItem', content: [p()] }],
      }
      expect(normalizeRichText(doc(list)).content[0]?.attrs).toEqual({ start: 1 })
    },
  )

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    '/relative',
    'example.org',
    '',
    42,
    null,
  ])('drops the link %s but keeps its text', (href) => {
    expect(normalizeRichText(doc(p(text('click', [link(href), { type: 'bold' }]))))).toEqual(
      doc(p(text('click', [{ type: 'bold' }]))),
    )
  })

  it('keeps http, https and mailto links, trimmed', () => {
    const hrefs = ['http://a.test', ' https://a.test/x?y#z ', 'mailto:someone@a.test']
    const result = normalizeRichText(doc(...hrefs.map((href) => p(text('t', [link(href)])))))
    expect(result.content.map((node) => node.content?.[0]?.marks)).toEqual([
      [link('http://a.test')],
      [link('https://a.test/x?y#z')],
      [link('mailto:someone@a.test')],
    ])
  })

  it('drops unknown marks and orders the known ones', () => {
    const marks = [
      { type: 'code' },
      { type: 'italic' },
      { type: 'strike' },
      { type: 'bold' },
      { type: 'bold' },
      'x',
    ]
    expect(normalizeRichText(doc(p(text('t', marks))))).toEqual(
      doc(p(text('t', [{ type: 'bold' }, { type: 'italic' }]))),
    )
  })

  it('merges neighbouring texts that end up with the same marks', () => {
    const input = doc(
      p(text('a', [link('javascript:x')]), text('b'), text('c', [{ type: 'underline' }])),
    )
    expect(normalizeRichText(input)).toEqual(doc(p(text('abc'))))
  })

  it('turns newlines inside text into hard breaks', () => {
    expect(normalizeRichText(doc(p(text('a\nb\r\n'))))).toEqual(
      doc(p(text('a'), { type: 'hardBreak' }, text('b'), { type: 'hardBreak' })),
    )
  })

  it('drops empty and non-string texts', () => {
    expect(
      normalizeRichText(doc(p(text(''), { type: 'text', text: 3 }, { type: 'text' }))),
    ).toEqual(emptyRichText())
  })

  it('drops script-like nodes together with their content', () => {
    const input = doc(
      { type: 'script', content: [text('alert(1)')] },
      { type: '<script>', content: [text('alert(2)')] },
      p(text('kept'), { type: 'style', content: [text('body{}')] }),
    )
    expect(normalizeRichText(input)).toEqual(doc(p(text('kept'))))
  })

  it('unwraps unknown nodes and keeps their text', () => {
    const input = doc(
      { type: 'codeBlock', content: [text('code')] },
      {
        type: 'table',
        content: [
          { type: 'tableRow', content: [{ type: 'tableCell', content: [p(text('cell'))] }] },
        ],
      },
      p(
        text('a'),
        { type: 'mention', content: [text('@b')] },
        { type: 'image', attrs: { src: 'x' } },
      ),
    )
    expect(normalizeRichText(input)).toEqual(doc(p(text('code')), p(text('cell')), p(text('a@b'))))
  })

  it('wraps text at block level in a paragraph and flattens blocks inside a line', () => {
    expect(
      normalizeRichText(doc(text('loose'), { type: 'hardBreak' }, p(p(text('inner'))))),
    ).toEqual(doc(p(text('loose'), { type: 'hardBreak' }), p(text('inner'))))
  })

  it('repairs lists: stray items, loose children, missing leading paragraph, empty lists', () => {
    const heading = { type: 'heading', attrs: { level: 2 }, content: [text('h')] }
    const input = doc(
      { type: 'listItem', content: [p(text('stray'))] },
      { type: 'bulletList', content: [p(text('loose'))] },
      { type: 'orderedList', content: [{ type: 'listItem', content: [heading] }] },
      {
        type: 'bulletList',
        content: [{ type: 'listItem', content: [{ type: 'blockquote', content: [p(text('q'))] }] }],
      },
      { type: 'bulletList', content: [] },
    )
    const item = (...content: unknown[]) => ({ type: 'listItem', content })
    expect(normalizeRichText(input)).toEqual(
      doc(
        { type: 'bulletList', content: [item(p(text('stray')))] },
        { type: 'bulletList', content: [item(p(text('loose')))] },
        { type: 'orderedList', attrs: { start: 1 }, content: [item(p(text('h')))] },
        {
          type: 'bulletList',
          content: [item({ type: 'paragraph' }, { type: 'blockquote', content: [p(text('q'))] })],
        },
      ),
    )
  })

  it('gives an empty blockquote a paragraph', () => {
    expect(normalizeRichText(doc({ type: 'blockquote' }))).toEqual(
      doc({ type: 'blockquote', content: [{ type: 'paragraph' }] }),
    )
  })

  it('flattens huge nesting to text without overflowing the stack', () => {
    for (const wrapper of ['blockquote', 'bulletList', 'div']) {
      let node: Record<string, unknown> = p(text('deep'))
      for (let level = 0; level < 100_000; level += 1) node = { type: wrapper, content: [node] }
      const result = normalizeRichText(doc(node))
      assertAllowed(result)
      expect(JSON.stringify(result)).toContain('deep')
      expect(normalizeRichText(result)).toEqual(result)
    }
  })

  it('survives cycles, shared subtrees and throwing getters', () => {
    const cyclic: Record<string, unknown> = { type: 'blockquote', content: [] }
    ;(cyclic.content as unknown[]).push(cyclic, p(text('x')))
    assertAllowed(normalizeRichText(doc(cyclic)))

    let shared: Record<string, unknown> = p(text('s'))
    for (let level = 0; level < 40; level += 1) shared = { type: 'div', content: [shared, shared] }
    assertAllowed(normalizeRichText(doc(shared)))

    const hostile = {
      type: 'doc',
      get content(): unknown[] {
        throw new Error('boom')
      },
    }
    expect(normalizeRichText(hostile)).toEqual(emptyRichText())
  })
})

describe('isRichTextEmpty', () => {
  it('is true without visible text', () => {
    expect(isRichTextEmpty(emptyRichText())).toBe(true)
    expect(
      isRichTextEmpty({
        type: 'doc',
        content: [
          { type: 'paragraph', content: [{ type: 'text', text: '  ' }, { type: 'hardBreak' }] },
        ],
      }),
    ).toBe(true)
    expect(isRichTextEmpty({ type: 'doc', content: [{ type: 'bulletList', content: [] }] })).toBe(
      true,
    )
  })

  it('is false as soon as some text shows, however deep', () => {
    const nested: RichTextDoc = {
      type: 'doc',
      content: [
        {
          type: 'blockquote',
          content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x' }] }],
        },
      ],
    }
    expect(isRichTextEmpty(nested)).toBe(false)
  })
})

// ---------------------------------------------------------------------------------------------

const nodeTypes = [...RICH_TEXT_NODE_TYPES, 'codeBlock', 'script', 'image', 'table', 'doc', '']
const hrefs = fc.oneof(
  fc.constantFrom(
    'https://a.test',
    'http://b.test/x',
    'mailto:c@d.test',
    'javascript:alert(1)',
    'data:,x',
    '',
  ),
  fc.webUrl(),
  fc.string(),
)
const mark = fc.oneof(
  fc.record({ type: fc.constantFrom('bold', 'italic', 'code', 'strike') }),
  fc.record({ type: fc.constant('link'), attrs: fc.record({ href: hrefs }) }),
  fc.anything(),
)
const { node } = fc.letrec<{ node: unknown }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record(
      {
        type: fc.constant('text'),
        text: fc.oneof(fc.string(), fc.constantFrom('a\nb', '')),
        marks: fc.array(mark, { maxLength: 4 }),
      },
      { requiredKeys: ['type'] },
    ),
    fc.record(
      {
        type: fc.constantFrom(...nodeTypes),
        attrs: fc.record({
          level: fc.oneof(fc.integer(), fc.string()),
          start: fc.oneof(fc.integer(), fc.double()),
        }),
        content: fc.array(tie('node'), { maxLength: 4 }),
      },
      { requiredKeys: ['type'] },
    ),
    fc.anything(),
  ),
}))
const document = fc.oneof(
  fc.record({ type: fc.constant('doc'), content: fc.array(node, { maxLength: 5 }) }),
  node,
  fc.anything(),
)

describe('normalizeRichText properties', () => {
  it('only ever outputs allowed nodes, marks and attributes', () => {
    fc.assert(
      fc.property(document, (input) => assertAllowed(normalizeRichText(input))),
      { numRuns: 500 },
    )
  })

  it('is idempotent', () => {
    fc.assert(
      fc.property(document, (input) => {
        const once = normalizeRichText(input)
        expect(normalizeRichText(once)).toEqual(once)
      }),
      { numRuns: 500 },
    )
  })

  it('does not mutate its input', () => {
    fc.assert(
      fc.property(
        fc.record({ type: fc.constant('doc'), content: fc.array(node, { maxLength: 5 }) }),
        (input) => {
          const before = JSON.stringify(input)
          normalizeRichText(input)
          expect(JSON.stringify(input)).toBe(before)
        },
      ),
    )
  })
})
