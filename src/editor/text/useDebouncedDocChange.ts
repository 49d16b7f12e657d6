import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { useEffect, useMemo, useRef } from 'react'
import { normalizeRichText } from '../../domain/normalizeRichText'
import type { RichTextDoc } from '../../domain/richText'
import { registerPendingEdits } from '../../store/pendingEdits'

export const CHANGE_DEBOUNCE_MS = 250

/** Normalised documents are small and canonical, so their JSON is a fine equality. */
export const sameRichText = (a: RichTextDoc, b: RichTextDoc) =>
  JSON.stringify(a) === JSON.stringify(b)

export interface DocChangeSync {
  /** Remembers the latest editor document and emits it after a pause in typing. */
  schedule: (doc: ProseMirrorNode) => void
  /** Emits the pending document now, if any: blur, Done, Escape and unmount call it. */
  flush: () => void
  /** True while a typed change has not been emitted yet. */
  isPending: () => boolean
  /** The last document the parent has seen, emitted by us or given to us. */
  lastKnown: () => RichTextDoc
  /** Records a document the parent gave us, so that it is not echoed back. */
  acknowledge: (doc: RichTextDoc) => void
}

/**
 * Turns editor updates into debounced, normalised `onChange` calls that are never lost: the
 * pending document is flushed on demand and on unmount. The editor document is kept as is
 * (immutable, cheap) and only serialised when emitted.
 */
export function useDebouncedDocChange(
  onChange: (content: RichTextDoc) => void,
  initial: RichTextDoc,
  delay = CHANGE_DEBOUNCE_MS,
): DocChangeSync {
  const onChangeRef = useRef(onChange)
  useEffect(() => {
    onChangeRef.current = onChange
  })
  const state = useRef<{
    pending: ProseMirrorNode | null
    timer: ReturnType<typeof setTimeout> | undefined
    lastKnown: RichTextDoc
  }>({ pending: null, timer: undefined, lastKnown: initial })

  const sync = useMemo<DocChangeSync>(() => {
    const flush = () => {
      const current = state.current
      clearTimeout(current.timer)
      current.timer = undefined
      if (!current.pending) return
      const doc = normalizeRichText(current.pending.toJSON())
      current.pending = null
      // Typing and deleting back to the stored text is no change.
      if (sameRichText(doc, current.lastKnown)) return
      current.lastKnown = doc
      onChangeRef.current(doc)
    }
    return {
      flush,
      schedule: (doc) => {
        const current = state.current
        current.pending = doc
        clearTimeout(current.timer)
        current.timer = setTimeout(flush, delay)
      },
      isPending: () => state.current.pending !== null,
      lastKnown: () => state.current.lastKnown,
      acknowledge: (doc) => {
        state.current.lastKnown = doc
      },
    }
  }, [delay])

  useEffect(() => {
    const unregister = registerPendingEdits(sync.flush)
    return () => {
      unregister()
      sync.flush()
    }
  }, [sync])
  return sync
}
