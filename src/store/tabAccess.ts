import { create } from 'zustand'

/**
 * Whether this tab may change the document. Another tab may be the writer (`other-tab`), or a
 * newer Storyloom took over the saved data (`updated`): then the store refuses edits instead of
 * letting them look saved while they cannot be.
 */
export type TabAccess = { mode: 'edit' } | { mode: 'read-only'; reason: 'other-tab' | 'updated' }

interface TabAccessState {
  access: TabAccess
  /** How many edits were refused: the banner says so when it grows. */
  refusedEdits: number
  /** A reader is taking the writer role over. */
  takingOver: boolean
  /** The writer could not save its last changes, so it kept editing instead of handing over. */
  handoverRefused: boolean
}

export const useTabAccessStore = create<TabAccessState>()(() => ({
  access: { mode: 'edit' },
  refusedEdits: 0,
  takingOver: false,
  handoverRefused: false,
}))

export const setTabAccess = (access: TabAccess) => useTabAccessStore.setState({ access })

/** Called before every document change: true (and counted) when this tab may not edit. */
export const refuseWhenReadOnly = (): boolean => {
  const state = useTabAccessStore.getState()
  if (state.access.mode === 'edit') return false
  useTabAccessStore.setState({ refusedEdits: state.refusedEdits + 1 })
  return true
}
