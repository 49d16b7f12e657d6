import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { EditorLayout } from '../editor/EditorLayout'
import { useEditorStore } from '../store/editorStore'
import { ErrorBoundary } from './ErrorBoundary'
import { markReady } from '../lib/readySignal'

const Editor = () => {
  const { t } = useTranslation()
  const status = useEditorStore((state) => state.session.status)
  useEffect(() => {
    if (status === 'ready') markReady('story')
  }, [status])
  if (status === 'loading') {
    return (
      <p className="loading" role="status">
        {t('loading')}
      </p>
    )
  }
  return <EditorLayout />
}

export const App = () => (
  <ErrorBoundary>
    <Editor />
  </ErrorBoundary>
)
