import { useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { ARCHIVE_FILE_TYPES } from './archiveSource'
import type { ArchiveImport } from './useArchiveImport'

/** "Import archive": opens the file chooser; the chosen file starts an import at once. */
export const ImportArchiveButton = ({ archive }: { archive: ArchiveImport }) => {
  const { t } = useTranslation('archive')
  const input = useRef<HTMLInputElement>(null)
  return (
    <>
      <button type="button" className="button button--small" onClick={() => input.current?.click()}>
        {t('importButton')}
      </button>
      <input
        ref={input}
        type="file"
        hidden
        accept={ARCHIVE_FILE_TYPES}
        aria-label={t('chooseFile')}
        onChange={(event) => {
          const file = event.target.files?.[0]
          // Cleared so that choosing the same file again imports it again.
          event.target.value = ''
          if (file) archive.start(file)
        }}
      />
    </>
  )
}
