import { EditorContent, useEditor, type Editor } from '@tiptap/react'
import { useEffect, useId, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { normalizeRichText } from '../../domain/normalizeRichText'
import type { RichTextDoc } from '../../domain/richText'
import './commentary.css'
import { commentaryExtensions } from './commentaryExtensions'
import { CommentaryToolbar } from './CommentaryToolbar'
import { LinkForm } from './LinkForm'
import { sameRichText, useDebouncedDocChange, type DocChangeSync } from './useDebouncedDocChange'

export interface CommentaryEditorProps {
  content: RichTextDoc
  /** Called with normalised JSON, debounced while typing, flushed on blur, Done and unmount. */
  onChange: (content: RichTextDoc) => void
  /** Done button or Escape: the parent swaps the editor back for static text. */
  onDone: () => void
  autoFocus?: boolean
}

interface LinkFormState {
  initialHref: string
  hasLink: boolean
}

/**
 * The one live tiptap editor of a story (every other text block is static RichText). Loaded
 * lazily through LazyCommentaryEditor so tiptap stays out of the first-load bundle.
 */
export default function CommentaryEditor({
  content,
  onChange,
  onDone,
  autoFocus = false,
}: CommentaryEditorProps) {
  const { t } = useTranslation('commentary')
  const label = t('label')
  const linkFormId = useId()
  const [linkForm, setLinkForm] = useState<LinkFormState | null>(null)
  // Only the first content seeds the editor; later props go through useExternalContent.
  const [initialContent] = useState(() => normalizeRichText(content))
  const sync = useDebouncedDocChange(onChange, initialContent)

  const onDoneRef = useRef(onDone)
  const openLinkFormRef = useRef<() => void>(() => {})
  useEffect(() => {
    onDoneRef.current = onDone
  })

  // Memoised: useEditor pushes changed options into the editor, and these change with the language.
  const editorProps = useMemo(
    () => ({
      attributes: {
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-label': label,
        class: 'commentary-content',
      },
      handleKeyDown: (_view: unknown, event: KeyboardEvent) => {
        if (event.key === 'Escape') {
          sync.flush()
          onDoneRef.current()
          return true
        }
        if ((event.metaKey || event.ctrlKey) && event.key.toLowerCase() === 'k') {
          openLinkFormRef.current()
          return true
        }
        return false
      },
    }),
    [label, sync],
  )

  const editor = useEditor({
    extensions: commentaryExtensions,
    content: initialContent,
    immediatelyRender: true,
    shouldRerenderOnTransaction: false,
    autofocus: autoFocus ? 'end' : false,
    editorProps,
    onUpdate: ({ editor: current }) => sync.schedule(current.state.doc),
    onBlur: () => sync.flush(),
  })

  useExternalContent(editor, content, sync)

  // The editor is created before EditorContent attaches its view to the page, so tiptap's own
  // autofocus can run on a detached element: focus again once the view is in the document.
  useEffect(() => {
    if (!autoFocus) return
    const frame = requestAnimationFrame(() => {
      if (!editor.isDestroyed && !editor.isFocused) editor.commands.focus('end')
    })
    return () => cancelAnimationFrame(frame)
  }, [editor, autoFocus])

  const openLinkForm = () =>
    setLinkForm({
      initialHref: String(editor.getAttributes('link').href ?? ''),
      hasLink: editor.isActive('link'),
    })
  useEffect(() => {
    openLinkFormRef.current = openLinkForm
  })

  const closeLinkForm = () => {
    setLinkForm(null)
    editor.commands.focus()
  }

  const applyLink = (href: string) => {
    setLinkForm(null)
    if (editor.state.selection.empty && !editor.isActive('link')) {
      // Nothing selected: the address itself becomes the link text.
      editor
        .chain()
        .focus()
        .insertContent({
          type: 'text',
          text: href.replace(/^mailto:/, ''),
          marks: [{ type: 'link', attrs: { href } }],
        })
        .unsetMark('link')
        .run()
    } else {
      editor.chain().focus().extendMarkRange('link').setLink({ href }).run()
    }
  }

  const removeLink = () => {
    setLinkForm(null)
    editor.chain().focus().extendMarkRange('link').unsetLink().run()
  }

  const done = () => {
    sync.flush()
    onDone()
  }

  return (
    <div className="commentary-editor">
      <div className="commentary-header">
        <CommentaryToolbar
          editor={editor}
          linkFormId={linkFormId}
          linkFormOpen={linkForm !== null}
          onLinkClick={linkForm ? closeLinkForm : openLinkForm}
        />
        <button type="button" className="commentary-done" onClick={done}>
          {t('done')}
        </button>
      </div>
      {linkForm && (
        <LinkForm
          id={linkFormId}
          initialHref={linkForm.initialHref}
          hasLink={linkForm.hasLink}
          onApply={applyLink}
          onRemove={removeLink}
          onCancel={closeLinkForm}
        />
      )}
      <EditorContent editor={editor} className="commentary-body" />
    </div>
  )
}

/**
 * Content given later by the parent (undo in the store, an import) replaces the editor's, except
 * while the user is typing: then the editor wins, and its next change overwrites the store.
 * The parent echoing our own onChange back is recognised and ignored.
 */
function useExternalContent(editor: Editor, content: RichTextDoc, sync: DocChangeSync) {
  useEffect(() => {
    if (content === sync.lastKnown() || editor.isDestroyed) return
    if (editor.isFocused || sync.isPending()) return
    const next = normalizeRichText(content)
    sync.acknowledge(next)
    if (sameRichText(next, normalizeRichText(editor.getJSON()))) return
    editor.commands.setContent(next, { emitUpdate: false })
  }, [content, editor, sync])
}
