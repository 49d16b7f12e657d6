import { useCallback, useEffect, useRef, useState, type DragEvent } from 'react'
import { chooseLibrarySource } from '../../../store/actions/sourceSettingsActions'
import { acknowledgeStoredBatches } from './acknowledgeStoredBatches'
import { ARCHIVES_SOURCE } from './archiveSource'
import { useArchiveServices } from './archiveServices'
import { runArchiveImport, type ArchiveImportState } from './runArchiveImport'

const carriesFiles = (event: DragEvent) => event.dataTransfer.types.includes('Files')

/**
 * One import at a time for the library: its state, and the ways to start one (the file chooser
 * or a file dropped on the library). `revision` changes whenever the stored archives do.
 */
export const useArchiveImport = () => {
  const { runImport, store } = useArchiveServices()
  const [state, setState] = useState<ArchiveImportState>({ phase: 'idle' })
  const [revision, setRevision] = useState(0)
  const [dropping, setDropping] = useState(false)
  const running = useRef<{ cancel: () => void } | undefined>(undefined)
  const active = useRef<object | undefined>(undefined)

  const start = useCallback(
    (file: File) => {
      running.current?.cancel()
      // Events of an import that a newer one replaced are ignored.
      const token = {}
      active.current = token
      const flow = acknowledgeStoredBatches(runImport, store)
      const handle = runArchiveImport(file, {
        runImport: flow.runImport,
        store: flow.store,
        onState: (next) => {
          if (active.current !== token) return
          setState(next)
          if (next.phase === 'running') return
          flow.finish()
          active.current = undefined
          running.current = undefined
          setRevision((value) => value + 1)
          if (next.phase === 'done') chooseLibrarySource(ARCHIVES_SOURCE)
        },
      })
      if (active.current === token) running.current = handle
    },
    [runImport, store],
  )

  const cancel = useCallback(() => running.current?.cancel(), [])
  const dismiss = useCallback(() => setState({ phase: 'idle' }), [])
  const forgotten = useCallback(() => {
    setState({ phase: 'idle' })
    setRevision((value) => value + 1)
  }, [])

  // Leaving the editor stops the worker.
  useEffect(() => () => running.current?.cancel(), [])

  const dropTarget = {
    'data-archive-drop': dropping || undefined,
    onDragOver: (event: DragEvent) => {
      if (!carriesFiles(event)) return
      event.preventDefault()
      event.dataTransfer.dropEffect = 'copy'
      setDropping(true)
    },
    onDragLeave: (event: DragEvent) => {
      if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDropping(false)
    },
    onDrop: (event: DragEvent) => {
      setDropping(false)
      const file = event.dataTransfer.files[0]
      if (!file) return
      event.preventDefault()
      start(file)
    },
  }

  return { state, revision, start, cancel, dismiss, forgotten, dropTarget }
}

export type ArchiveImport = ReturnType<typeof useArchiveImport>
