import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { Editor } from '@tiptap/react'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import type { RichTextDoc } from '../../domain/richText'
import { i18next, initI18n } from '../../i18n/i18n'
import CommentaryEditor from './CommentaryEditor'
import { LazyCommentaryEditor } from './LazyCommentaryEditor'

beforeAll(async () => {
  await initI18n()
  await i18next.changeLanguage('en')
})
// Vitest runs without globals, so Testing Library cannot register its own cleanup.
afterEach(cleanup)

const paragraphs = (...texts: string[]): RichTextDoc => ({
  type: 'doc',
  content: texts.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
})

const setup = (content: RichTextDoc = paragraphs('Hello'), autoFocus = true) => {
  const onChange = vi.fn<(content: RichTextDoc) => void>()
  const onDone = vi.fn()
  const user = userEvent.setup()
  const view = render(
    <CommentaryEditor
      content={content}
      onChange={onChange}
      onDone={onDone}
      autoFocus={autoFocus}
    />,
  )
  const textbox = screen.getByRole('textbox', { name: 'Commentary' })
  /** tiptap hangs the editor on its element: tests use it to select, which happy-dom can't do by mouse. */
  const editor = (textbox as HTMLElement & { editor: Editor }).editor
  const rerender = (next: RichTextDoc) =>
    view.rerender(
      <CommentaryEditor content={next} onChange={onChange} onDone={onDone} autoFocus={autoFocus} />,
    )
  return { onChange, onDone, user, textbox, editor, rerender, unmount: view.unmount }
}

/**
 * tiptap's focus command completes in an animation frame, where ProseMirror reads the DOM
 * selection back: tests wait for it before typing, or keystrokes land in the middle of it.
 */
const focusAt = async (editor: Editor, position: 'start' | 'end' | number) => {
  await act(async () => {
    editor.commands.focus(position)
    await new Promise((resolve) => setTimeout(resolve, 20))
  })
}

/** Puts the caret at the end of the text, then types. */
const typeAtEnd = async (
  user: ReturnType<typeof userEvent.setup>,
  editor: Editor,
  text: string,
) => {
  await focusAt(editor, 'end')
  await user.keyboard(text)
}

/** Through the keymap, as a user would: happy-dom cannot keep a programmatic AllSelection. */
const selectAll = async (user: ReturnType<typeof userEvent.setup>, editor: Editor) => {
  await focusAt(editor, 'end')
  await user.keyboard('{Control>}a{/Control}')
}

const button = (name: string) => screen.getByRole('button', { name })

describe('CommentaryEditor', () => {
  it('is a multiline textbox named Commentary, with a Formatting toolbar and Done', () => {
    const { textbox } = setup()
    expect(textbox.getAttribute('aria-multiline')).toBe('true')
    expect(textbox.textContent).toBe('Hello')
    const toolbar = screen.getByRole('toolbar', { name: 'Formatting' })
    const names = [
      'Bold',
      'Italic',
      'Heading',
      'Subheading',
      'Quote',
      'Bulleted list',
      'Numbered list',
      'Link',
    ]
    for (const name of names) {
      expect(within(toolbar).getByRole('button', { name }).getAttribute('aria-pressed')).toBe(
        'false',
      )
    }
    expect(button('Done')).toBeTruthy()
  })

  it('speaks French when the language changes', async () => {
    setup()
    await act(() => i18next.changeLanguage('fr'))
    try {
      expect(screen.getByRole('textbox', { name: 'Commentaire' })).toBeTruthy()
      expect(screen.getByRole('toolbar', { name: 'Mise en forme' })).toBeTruthy()
      for (const name of [
        'Gras',
        'Italique',
        'Titre',
        'Sous-titre',
        'Citation',
        'Liste à puces',
        'Liste numérotée',
        'Lien',
        'Terminé',
      ]) {
        expect(button(name)).toBeTruthy()
      }
    } finally {
      await act(() => i18next.changeLanguage('en'))
    }
  })

  it('toggles bold on the selection and reflects it in aria-pressed', async () => {
    const { user, editor, textbox } = setup()
    await selectAll(user, editor)
    await user.click(button('Bold'))
    expect(button('Bold').getAttribute('aria-pressed')).toBe('true')
    expect(textbox.innerHTML).toBe('<p><strong>Hello</strong></p>')
    await user.click(button('Bold'))
    expect(button('Bold').getAttribute('aria-pressed')).toBe('false')
    expect(textbox.innerHTML).toBe('<p>Hello</p>')
  })

  it.each([
    ['Heading', '<h2>Hello</h2>'],
    ['Subheading', '<h3>Hello</h3>'],
    ['Quote', '<blockquote><p>Hello</p></blockquote>'],
    ['Bulleted list', '<ul><li><p>Hello</p></li></ul>'],
    ['Numbered list', '<ol><li><p>Hello</p></li></ol>'],
    ['Italic', '<p><em>Hello</em></p>'],
  ])('applies %s', async (name, html) => {
    const { user, editor, textbox } = setup()
    await selectAll(user, editor)
    await user.click(button(name))
    expect(textbox.innerHTML).toBe(html)
    expect(button(name).getAttribute('aria-pressed')).toBe('true')
  })

  it('emits normalised JSON, debounced while typing', async () => {
    const initial: RichTextDoc = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            {
              type: 'text',
              text: 'safe',
              marks: [{ type: 'link', attrs: { href: 'https://a.test' } }],
            },
            { type: 'text', text: ' and ' },
          ],
        },
      ],
    }
    const { onChange, user, editor } = setup(initial)
    await typeAtEnd(user, editor, 'more')
    expect(onChange).not.toHaveBeenCalled()
    await waitFor(() => expect(onChange).toHaveBeenCalledTimes(1))
    // The editor's own link attributes (target, rel, class, title) are not stored.
    expect(onChange).toHaveBeenLastCalledWith({
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            {
              type: 'text',
              text: 'safe',
              marks: [{ type: 'link', attrs: { href: 'https://a.test' } }],
            },
            { type: 'text', text: ' and more' },
          ],
        },
      ],
    })
  })

  it('turns Markdown-like typing into the allowed nodes', async () => {
    const { onChange, user, editor } = setup({ type: 'doc', content: [{ type: 'paragraph' }] })
    await typeAtEnd(user, editor, '## Title')
    await user.click(button('Done'))
    expect(onChange).toHaveBeenLastCalledWith({
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Title' }] },
      ],
    })
  })

  it('links typed http(s) addresses, and only those', async () => {
    const { user, editor, textbox } = setup()
    await typeAtEnd(user, editor, ' https://example.org javascript:alert(1) ')
    const links = within(textbox).getAllByRole('link')
    expect(links.map((link) => link.getAttribute('href'))).toEqual(['https://example.org'])
  })

  it('flushes the last keystrokes on Done, before calling onDone', async () => {
    const { onChange, onDone, user, editor } = setup()
    await typeAtEnd(user, editor, '!')
    await user.click(button('Done'))
    expect(onChange).toHaveBeenCalledExactlyOnceWith(paragraphs('Hello!'))
    expect(onDone).toHaveBeenCalledTimes(1)
    expect(onChange.mock.invocationCallOrder[0]).toBeLessThan(onDone.mock.invocationCallOrder[0]!)
  })

  it('flushes and closes on Escape', async () => {
    const { onChange, onDone, user, editor } = setup()
    await typeAtEnd(user, editor, '?')
    await user.keyboard('{Escape}')
    expect(onChange).toHaveBeenCalledExactlyOnceWith(paragraphs('Hello?'))
    expect(onDone).toHaveBeenCalledTimes(1)
  })

  it('flushes on blur', async () => {
    const { onChange, user, editor, textbox } = setup()
    await typeAtEnd(user, editor, 'x')
    act(() => textbox.blur())
    expect(onChange).toHaveBeenCalledExactlyOnceWith(paragraphs('Hellox'))
  })

  it('flushes on unmount', async () => {
    const { onChange, user, editor, unmount } = setup()
    await typeAtEnd(user, editor, 'y')
    unmount()
    expect(onChange).toHaveBeenCalledExactlyOnceWith(paragraphs('Helloy'))
  })

  it('does not emit when nothing changed', async () => {
    const { onChange, onDone, user, editor } = setup()
    await typeAtEnd(user, editor, 'z{Backspace}')
    await user.click(button('Done'))
    expect(onChange).not.toHaveBeenCalled()
    expect(onDone).toHaveBeenCalledTimes(1)
  })

  it('ignores new content from props while the user types, and takes it otherwise', async () => {
    const { onChange, user, editor, textbox, rerender } = setup()
    await typeAtEnd(user, editor, ' there')
    rerender(paragraphs('From elsewhere'))
    expect(textbox.textContent).toBe('Hello there')

    act(() => textbox.blur())
    expect(onChange).toHaveBeenLastCalledWith(paragraphs('Hello there'))
    // The parent storing what we emitted is no change.
    rerender(onChange.mock.lastCall![0])
    expect(textbox.textContent).toBe('Hello there')

    rerender(paragraphs('Undone'))
    expect(textbox.textContent).toBe('Undone')
    expect(onChange).toHaveBeenCalledTimes(1)
  })

  it('moves between toolbar buttons with the arrow keys, one tab stop', async () => {
    const { user } = setup(paragraphs('Hello'), false)
    const buttons = within(screen.getByRole('toolbar')).getAllByRole('button')
    expect(buttons.filter((element) => element.tabIndex === 0)).toHaveLength(1)
    act(() => buttons[0]!.focus())
    await user.keyboard('{ArrowRight}')
    expect(document.activeElement).toBe(button('Italic'))
    await user.keyboard('{End}')
    expect(document.activeElement).toBe(button('Link'))
    await user.keyboard('{ArrowRight}')
    expect(document.activeElement).toBe(button('Bold'))
  })
})

describe('CommentaryEditor link form', () => {
  const openLinkForm = async () => {
    const context = setup()
    await selectAll(context.user, context.editor)
    await context.user.click(button('Link'))
    const input = screen.getByRole('textbox', { name: 'Link address' })
    return { ...context, input }
  }

  it('refuses javascript: and explains why', async () => {
    const { user, input, textbox, onChange } = await openLinkForm()
    expect(button('Link').getAttribute('aria-expanded')).toBe('true')
    await user.type(input, 'javascript:alert(1)')
    await user.click(button('Apply link'))
    expect(screen.getByRole('alert').textContent).toBe(
      'Links must start with https://, http:// or mailto:',
    )
    expect(input.getAttribute('aria-invalid')).toBe('true')
    expect(textbox.querySelector('a')).toBeNull()
    expect(onChange).not.toHaveBeenCalled()
  })

  it.each(['data:text/html,<script>alert(1)</script>', 'ftp://a.test', 'nothing'])(
    'refuses %s',
    async (address) => {
      const { user, input, textbox } = await openLinkForm()
      await user.type(input, `${address}{Enter}`)
      expect(screen.getByRole('alert')).toBeTruthy()
      expect(textbox.querySelector('a')).toBeNull()
    },
  )

  it('completes a bare domain to https and applies it with Enter', async () => {
    const { user, input, textbox, onChange } = await openLinkForm()
    await user.type(input, 'example.org{Enter}')
    expect(screen.queryByRole('textbox', { name: 'Link address' })).toBeNull()
    const link = within(textbox).getByRole('link', { name: 'Hello' })
    expect(link.getAttribute('href')).toBe('https://example.org')
    expect(link.getAttribute('rel')).toBe('noopener noreferrer ugc')
    expect(button('Link').getAttribute('aria-pressed')).toBe('true')
    await user.click(button('Done'))
    expect(onChange).toHaveBeenLastCalledWith({
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            {
              type: 'text',
              text: 'Hello',
              marks: [{ type: 'link', attrs: { href: 'https://example.org' } }],
            },
          ],
        },
      ],
    })
  })

  it('edits and removes an existing link', async () => {
    const linked: RichTextDoc = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            {
              type: 'text',
              text: 'site',
              marks: [{ type: 'link', attrs: { href: 'https://a.test' } }],
            },
          ],
        },
      ],
    }
    const { user, editor, textbox } = setup(linked)
    await focusAt(editor, 2)
    await user.click(button('Link'))
    const input = screen.getByRole<HTMLInputElement>('textbox', { name: 'Link address' })
    expect(input.value).toBe('https://a.test')
    await user.click(button('Remove link'))
    expect(textbox.innerHTML).toBe('<p>site</p>')
  })

  it('offers no removal outside a link', async () => {
    await openLinkForm()
    expect((button('Remove link') as HTMLButtonElement).disabled).toBe(true)
  })

  it('inserts the address as text when nothing is selected', async () => {
    const { user, editor, textbox } = setup()
    await focusAt(editor, 'end')
    await user.click(button('Link'))
    await user.type(
      screen.getByRole('textbox', { name: 'Link address' }),
      'mailto:me@a.test{Enter}',
    )
    expect(within(textbox).getByRole('link', { name: 'me@a.test' }).getAttribute('href')).toBe(
      'mailto:me@a.test',
    )
    await user.keyboard('!')
    expect(textbox.innerHTML).toContain('</a>!')
  })

  it('closes on Escape without leaving the editor', async () => {
    const { user, input, onDone, textbox } = await openLinkForm()
    await user.type(input, 'https://a.test{Escape}')
    expect(screen.queryByRole('textbox', { name: 'Link address' })).toBeNull()
    expect(onDone).not.toHaveBeenCalled()
    expect(document.activeElement).toBe(textbox)
    expect(textbox.querySelector('a')).toBeNull()
  })

  it('opens with Ctrl+K', async () => {
    const { user } = setup()
    await user.keyboard('{Control>}k{/Control}')
    expect(screen.getByRole('textbox', { name: 'Link address' })).toBeTruthy()
  })
})

describe('LazyCommentaryEditor', () => {
  it('shows the static text while the editor loads, then the editor', async () => {
    render(
      <LazyCommentaryEditor
        content={paragraphs('Static first')}
        onChange={() => {}}
        onDone={() => {}}
      />,
    )
    expect(screen.queryByRole('textbox')).toBeNull()
    expect(screen.getByText('Static first').tagName).toBe('P')
    const textbox = await screen.findByRole('textbox', { name: 'Commentary' })
    expect(textbox.textContent).toBe('Static first')
  })
})
