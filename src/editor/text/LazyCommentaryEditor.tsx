import { lazy, Suspense } from 'react'
import { useTranslation } from 'react-i18next'
import { RichText } from '../../renderers/blocks/RichText'
// Type-only: erased at build time, so it does not pull the editor chunk into this one.
import type { CommentaryEditorProps } from './CommentaryEditor'
import { EditorLoadBoundary } from './EditorLoadBoundary'
// Also here, so that the loading placeholder already has the editor's layout.
import './commentary.css'

const loadCommentaryEditor = () => import('./CommentaryEditor')

// A failed download is not cached by lazy(), so "Try again" in the boundary really retries.
let CommentaryEditor = lazy(loadCommentaryEditor)
const retryLoading = () => {
  CommentaryEditor = lazy(loadCommentaryEditor)
}

/**
 * Starts downloading tiptap ahead of need (say, on hover or focus of a text block), so that
 * opening the editor is instant. Safe to call many times.
 */
export const preloadCommentaryEditor = () => {
  void loadCommentaryEditor()
}

/** The commentary editor, loaded on first use; meanwhile the same content shows as static text. */
export function LazyCommentaryEditor(props: CommentaryEditorProps) {
  return (
    <EditorLoadBoundary onRetry={retryLoading}>
      <Suspense fallback={<CommentaryEditorPlaceholder content={props.content} />}>
        <CommentaryEditor {...props} />
      </Suspense>
    </EditorLoadBoundary>
  )
}

/** Same boxes as the editor (toolbar row, padded body), so nothing moves when it arrives. */
function CommentaryEditorPlaceholder({ content }: Pick<CommentaryEditorProps, 'content'>) {
  const { t } = useTranslation('commentary')
  return (
    <div className="commentary-editor" aria-busy="true">
      <div className="commentary-header">
        <div className="commentary-toolbar" aria-hidden="true" />
        <span className="commentary-loading" role="status">
          {t('loading')}
        </span>
      </div>
      <div className="commentary-body">
        <div className="commentary-content">
          <RichText doc={content} />
        </div>
      </div>
    </div>
  )
}
