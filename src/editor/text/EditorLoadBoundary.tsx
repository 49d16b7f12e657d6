import { Component, type ReactNode } from 'react'
import { withTranslation, type WithTranslation } from 'react-i18next'

interface State {
  failed: boolean
}

/**
 * The editor's code arrives on first use. If that download fails (offline after an update), the
 * block says so and offers a retry, instead of taking the whole editor down with it.
 */
class EditorLoadBoundaryBase extends Component<
  WithTranslation & { children: ReactNode; onRetry: () => void },
  State
> {
  override state: State = { failed: false }

  static getDerivedStateFromError(): State {
    return { failed: true }
  }

  override render() {
    const { t, children } = this.props
    if (!this.state.failed) return children
    return (
      <div className="commentary-load-error" role="alert">
        <p>{t('loadFailed', { ns: 'commentary' })}</p>
        <button
          type="button"
          className="button button--small"
          onClick={() => {
            this.props.onRetry()
            this.setState({ failed: false })
          }}
        >
          {t('retry', { ns: 'commentary' })}
        </button>
      </div>
    )
  }
}

export const EditorLoadBoundary = withTranslation()(EditorLoadBoundaryBase)
