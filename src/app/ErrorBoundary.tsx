import { Component, type ErrorInfo, type ReactNode } from 'react'
import { withTranslation, type WithTranslation } from 'react-i18next'
import { downloadWorkspaceCopy } from '../editor/status/downloadWorkspaceCopy'

interface State {
  error: Error | null
}

/** A crash shows what happened and the ways out, never a blank page. */
class ErrorBoundaryBase extends Component<WithTranslation & { children: ReactNode }, State> {
  override state: State = { error: null }

  static getDerivedStateFromError(error: Error): State {
    return { error }
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error('Storyloom crashed', error, info.componentStack)
  }

  override render() {
    const { error } = this.state
    const { t } = this.props
    if (!error) return this.props.children
    return (
      <main className="crash" role="alert">
        <h1>{t('crash.title')}</h1>
        <p>{t('crash.body')}</p>
        <div className="crash__actions">
          <button
            type="button"
            className="button button--primary"
            onClick={() => window.location.reload()}
          >
            {t('crash.reload')}
          </button>
          <button type="button" className="button" onClick={() => void downloadWorkspaceCopy()}>
            {t('crash.download')}
          </button>
        </div>
        <details>
          <summary>{t('crash.details')}</summary>
          <pre>{String(error.stack ?? error.message)}</pre>
        </details>
      </main>
    )
  }
}

export const ErrorBoundary = withTranslation()(ErrorBoundaryBase)
