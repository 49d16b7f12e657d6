import { useId, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { parseExportDocument } from '../../domain/exportDocument'
import { importStory } from '../../store/actions/storyListActions'
import { announce } from '../a11y/announce'

interface ImportStoryButtonProps {
  /** Called after a story was imported and opened (the dialog closes). */
  onImported?: () => void
  className?: string
}

/**
 * "Import story": a file chooser for a JSON export. Success opens the new story and says so;
 * failure says exactly what is wrong with the file, next to the button.
 */
export const ImportStoryButton = ({ onImported, className }: ImportStoryButtonProps) => {
  const { t } = useTranslation('export')
  const inputRef = useRef<HTMLInputElement | null>(null)
  const [error, setError] = useState<string | null>(null)
  const errorId = useId()

  const importFile = async (file: File) => {
    let text: string
    try {
      text = await file.text()
    } catch {
      setError(t('importErrors.unreadable'))
      return
    }
    const result = parseExportDocument(text)
    if (!result.ok) {
      setError(
        t(`importErrors.${result.problem}`, {
          version: result.version ?? '',
          detail: result.detail ?? '',
        }),
      )
      return
    }
    setError(null)
    importStory(result.value)
    announce(t('imported', { title: result.value.story.title.trim() || '—' }))
    onImported?.()
  }

  return (
    <div className="import-story">
      <button
        type="button"
        className={className ?? 'button'}
        title={t('importHint')}
        aria-describedby={error ? errorId : undefined}
        onClick={() => inputRef.current?.click()}
      >
        {t('importStory')}
      </button>
      <input
        ref={inputRef}
        type="file"
        accept=".json,application/json"
        hidden
        tabIndex={-1}
        aria-hidden="true"
        onChange={(event) => {
          const file = event.target.files?.[0]
          event.target.value = ''
          if (file) void importFile(file)
        }}
      />
      {error && (
        <p id={errorId} className="export-error" role="alert">
          {error}
        </p>
      )}
    </div>
  )
}
