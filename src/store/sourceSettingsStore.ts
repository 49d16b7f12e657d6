import * as v from 'valibot'
import { create } from 'zustand'
import { createJSONStorage, persist } from 'zustand/middleware'

/** Where the library's source preferences are kept: this browser's localStorage. */
export const SOURCE_SETTINGS_KEY = 'storyloom.sources'

const credentialsSchema = v.object({
  service: v.string(),
  account: v.string(),
  accessToken: v.string(),
  refreshToken: v.optional(v.string()),
})

const settingsSchema = v.object({
  /** The source the library shows: `sample` or an adapter id. */
  librarySource: v.string(),
  /** The server the user chose per adapter id; absent means the adapter's default. */
  servers: v.record(v.string(), v.string()),
  /** Signed-in accounts per adapter id. Kept on this device only; never exported. */
  credentials: v.record(v.string(), credentialsSchema),
})

export type SourceSettingsData = v.InferOutput<typeof settingsSchema>

const initialSettings = (): SourceSettingsData => ({
  librarySource: 'sample',
  servers: {},
  credentials: {},
})

/**
 * Source preferences live apart from the story store: they are per device, not part of any
 * story, never undone, and must never travel in an export.
 */
export const useSourceSettings = create<SourceSettingsData>()(
  persist(initialSettings, {
    name: SOURCE_SETTINGS_KEY,
    version: 1,
    storage: createJSONStorage(() => localStorage),
    // A hand-edited or damaged entry must not break the editor: keep what validates.
    merge: (persisted, current) => {
      const parsed = v.safeParse(settingsSchema, persisted)
      return parsed.success ? { ...current, ...parsed.output } : current
    },
  }),
)

export const sourceSettings = useSourceSettings
