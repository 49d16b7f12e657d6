import { useEditorState, type ChainedCommands, type Editor } from '@tiptap/react'
import { useState, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Icon } from '../../ui/Icon'

type FormatKey =
  'bold' | 'italic' | 'heading' | 'subheading' | 'quote' | 'bulletList' | 'orderedList'

interface Format {
  key: FormatKey
  glyph: string
  isActive: (editor: Editor) => boolean
  apply: (chain: ChainedCommands) => ChainedCommands
}

const FORMATS: readonly Format[] = [
  { key: 'bold', glyph: 'B', isActive: (e) => e.isActive('bold'), apply: (c) => c.toggleBold() },
  {
    key: 'italic',
    glyph: 'I',
    isActive: (e) => e.isActive('italic'),
    apply: (c) => c.toggleItalic(),
  },
  {
    key: 'heading',
    glyph: 'H2',
    isActive: (e) => e.isActive('heading', { level: 2 }),
    apply: (c) => c.toggleHeading({ level: 2 }),
  },
  {
    key: 'subheading',
    glyph: 'H3',
    isActive: (e) => e.isActive('heading', { level: 3 }),
    apply: (c) => c.toggleHeading({ level: 3 }),
  },
  {
    key: 'quote',
    glyph: '“”',
    isActive: (e) => e.isActive('blockquote'),
    apply: (c) => c.toggleBlockquote(),
  },
  {
    key: 'bulletList',
    glyph: '•',
    isActive: (e) => e.isActive('bulletList'),
    apply: (c) => c.toggleBulletList(),
  },
  {
    key: 'orderedList',
    glyph: '1.',
    isActive: (e) => e.isActive('orderedList'),
    apply: (c) => c.toggleOrderedList(),
  },
]

type ActiveState = Record<FormatKey | 'link', boolean>

export interface CommentaryToolbarProps {
  editor: Editor
  linkFormId: string
  linkFormOpen: boolean
  onLinkClick: () => void
}

/**
 * The formatting toggles. Only this component re-renders on selection changes (the editor is
 * created with shouldRerenderOnTransaction: false). One tab stop, arrow keys move between
 * buttons, as the ARIA toolbar pattern has it.
 */
export function CommentaryToolbar({
  editor,
  linkFormId,
  linkFormOpen,
  onLinkClick,
}: CommentaryToolbarProps) {
  const { t } = useTranslation('commentary')
  const active = useEditorState({
    editor,
    selector: ({ editor: current }): ActiveState => ({
      ...(Object.fromEntries(
        FORMATS.map((format) => [format.key, format.isActive(current)]),
      ) as Record<FormatKey, boolean>),
      link: current.isActive('link'),
    }),
  })
  const [focusIndex, setFocusIndex] = useState(0)
  const count = FORMATS.length + 1

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const moves: Record<string, number> = {
      ArrowRight: (focusIndex + 1) % count,
      ArrowLeft: (focusIndex - 1 + count) % count,
      Home: 0,
      End: count - 1,
    }
    const next = moves[event.key]
    if (next === undefined) return
    event.preventDefault()
    setFocusIndex(next)
    event.currentTarget.querySelectorAll('button')[next]?.focus()
  }

  const button = (index: number) => ({
    type: 'button' as const,
    tabIndex: index === focusIndex ? 0 : -1,
    // The editor keeps its focus and selection while the pointer is on a button.
    onMouseDown: (event: { preventDefault: () => void }) => event.preventDefault(),
    onFocus: () => setFocusIndex(index),
  })

  return (
    <div
      className="commentary-toolbar"
      role="toolbar"
      aria-label={t('toolbar')}
      onKeyDown={onKeyDown}
    >
      {FORMATS.map((format, index) => (
        <button
          key={format.key}
          {...button(index)}
          className={`commentary-button commentary-button--${format.key}`}
          aria-label={t(format.key)}
          title={t(format.key)}
          aria-pressed={active[format.key]}
          onClick={() => format.apply(editor.chain().focus()).run()}
        >
          <span aria-hidden="true">{format.glyph}</span>
        </button>
      ))}
      <button
        {...button(FORMATS.length)}
        className="commentary-button commentary-button--link"
        aria-label={t('link')}
        title={t('link')}
        aria-pressed={active.link}
        aria-expanded={linkFormOpen}
        aria-controls={linkFormOpen ? linkFormId : undefined}
        onClick={onLinkClick}
      >
        <Icon name="link" size={16} />
      </button>
    </div>
  )
}
