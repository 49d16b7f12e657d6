import { cleanup, render, screen } from '@testing-library/react'
import { renderToStaticMarkup } from 'react-dom/server'
import { afterEach, describe, expect, it } from 'vitest'
import type { RichTextDoc, RichTextNode } from '../../domain/richText'
import { RichText } from './RichText'

const doc = (...content: RichTextNode[]): RichTextDoc => ({ type: 'doc', content })
const text = (value: string, marks?: RichTextNode['marks']): RichTextNode => ({
  type: 'text',
  text: value,
  marks,
})
const p = (...content: RichTextNode[]): RichTextNode => ({ type: 'paragraph', content })
const html = (value: RichTextDoc) => renderToStaticMarkup(<RichText doc={value} />)

// Vitest runs without globals, so Testing Library cannot register its own cleanup.
afterEach(cleanup)

describe('RichText', () => {
  it('renders every allowed node and mark', () => {
    const value = doc(
      { type: 'heading', attrs: { level: 2 }, content: [text('Title')] },
      { type: 'heading', attrs: { level: 3 }, content: [text('Sub')] },
      p(
        text('a', [{ type: 'bold' }]),
        text('b', [{ type: 'italic' }]),
        { type: 'hardBreak' },
        text('c'),
      ),
      { type: 'blockquote', content: [p(text('q'))] },
      { type: 'bulletList', content: [{ type: 'listItem', content: [p(text('u'))] }] },
      {
        type: 'orderedList',
        attrs: { start: 3 },
        content: [{ type: 'listItem', content: [p(text('o'))] }],
      },
    )
    expect(html(value)).toBe(
      '<h2>Title</h2><h3>Sub</h3><p><strong>a</strong><em>b</em><br/>c</p>' +
        '<blockquote><p>q</p></blockquote><ul><li><p>u</p></li></ul><ol start="3"><li><p>o</p></li></ol>',
    )
  })

  it('nests bold and italic, and omits the default list start', () => {
    const value = doc(p(text('x', [{ type: 'bold' }, { type: 'italic' }])), {
      type: 'orderedList',
      attrs: { start: 1 },
      content: [{ type: 'listItem', content: [p()] }],
    })
    expect(html(value)).toBe('<p><strong><em>x</em></strong></p><ol><li><p><br/></p></li></ol>')
  })

  it('renders safe links with a safe rel and target', () => {
    render(
      <RichText
        doc={doc(p(text('site', [{ type: 'link', attrs: { href: 'https://example.org' } }])))}
      />,
    )
    const link = screen.getByRole('link', { name: 'site' })
    expect(link.getAttribute('href')).toBe('https://example.org')
    expect(link.getAttribute('rel')).toBe('noopener noreferrer ugc')
    expect(link.getAttribute('target')).toBe('_blank')
  })

  it('joins the parts of one link into a single anchor', () => {
    const href = { type: 'link', attrs: { href: 'mailto:a@b.test' } } as const
    render(
      <RichText
        doc={doc(p(text('write ', [href]), text('me', [href, { type: 'bold' }]), text('!')))}
      />,
    )
    expect(screen.getAllByRole('link')).toHaveLength(1)
    expect(screen.getByRole('link').innerHTML).toBe('write <strong>me</strong>')
  })

  it.each(['javascript:alert(1)', 'data:text/html,<b>x</b>', 'vbscript:x', '/relative'])(
    'renders the unsafe link %s as plain text',
    (href) => {
      const markup = html(doc(p(text('click', [{ type: 'link', attrs: { href } }]))))
      expect(markup).toBe('<p>click</p>')
    },
  )

  it('renders nothing for unknown nodes and escapes text', () => {
    const value = doc(
      { type: 'script', content: [text('alert(1)')] },
      { type: 'image', attrs: { src: 'x' } },
      p(text('<img src=x onerror=alert(1)>')),
    )
    expect(html(value)).toBe('<p>&lt;img src=x onerror=alert(1)&gt;</p>')
  })

  it('gives empty lines their height', () => {
    expect(html(doc({ type: 'paragraph' }, { type: 'heading', attrs: { level: 2 } }))).toBe(
      '<p><br/></p><h2><br/></h2>',
    )
  })

  it('renders stray inline nodes at block level', () => {
    expect(html(doc(text('loose'), { type: 'hardBreak' }))).toBe('<p>loose</p><br/>')
  })

  it('renders headings in the DOM with their level', () => {
    render(<RichText doc={doc({ type: 'heading', attrs: { level: 3 }, content: [text('Sub')] })} />)
    expect(screen.getByRole('heading', { level: 3, name: 'Sub' })).toBeTruthy()
  })
})
