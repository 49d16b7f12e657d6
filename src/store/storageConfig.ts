import type { EditorData } from './editorData'

/**
 * Where each key of the editor state goes: saved to IndexedDB, and/or restored by undo.
 * The compiler checks that every key is listed (model: Excalidraw's APP_STATE_STORAGE_CONF).
 */
export const STORAGE_CONFIG = {
  stories: { persist: true, undo: true },
  posts: { persist: true, undo: true },
  // Undo returns to the story the change was made in, so that undo is never invisible.
  activeStoryId: { persist: true, undo: true },
  history: { persist: false, undo: false },
  session: { persist: false, undo: false },
  saveStatus: { persist: false, undo: false },
  preview: { persist: false, undo: false },
  editingBlockId: { persist: false, undo: false },
  libraryQuery: { persist: false, undo: false },
  toast: { persist: false, undo: false },
} as const satisfies Record<keyof EditorData, { persist: boolean; undo: boolean }>

type KeysWhere<Flag extends 'persist' | 'undo'> = {
  [K in keyof typeof STORAGE_CONFIG]: (typeof STORAGE_CONFIG)[K][Flag] extends true ? K : never
}[keyof typeof STORAGE_CONFIG]

export type UndoableKey = KeysWhere<'undo'>
export type PersistedKey = KeysWhere<'persist'>

const keysWhere = <Flag extends 'persist' | 'undo'>(flag: Flag) =>
  (Object.keys(STORAGE_CONFIG) as (keyof typeof STORAGE_CONFIG)[]).filter(
    (key) => STORAGE_CONFIG[key][flag],
  ) as KeysWhere<Flag>[]

export const UNDOABLE_KEYS = keysWhere('undo')
export const PERSISTED_KEYS = keysWhere('persist')

export const pick = <T extends object, K extends keyof T>(
  state: T,
  keys: readonly K[],
): Pick<T, K> => {
  const picked = {} as Pick<T, K>
  for (const key of keys) picked[key] = state[key]
  return picked
}
