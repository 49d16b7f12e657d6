import * as v from 'valibot'
import { create } from 'zustand'
import { createJSONStorage, persist } from 'zustand/middleware'

/** Where "Notify authors" keeps its do-not-contact list: this browser's localStorage. */
export const NOTIFY_KEY = 'storyloom.notify'

const notifySchema = v.object({
  /** Cited-author keys (`source:handle`, lower case) the curator will never message. */
  doNotContact: v.array(v.pipe(v.string(), v.maxLength(600))),
})

export type NotifyData = v.InferOutput<typeof notifySchema>

/**
 * The curator's own list, per device, outside any story: it is never exported and never undone,
 * and it outlives the story that put an author on it.
 */
export const useNotifyStore = create<NotifyData>()(
  persist((): NotifyData => ({ doNotContact: [] }), {
    name: NOTIFY_KEY,
    version: 1,
    storage: createJSONStorage(() => localStorage),
    // A hand-edited or damaged entry must not break the editor: an invalid one is ignored.
    merge: (persisted, current) => {
      const parsed = v.safeParse(notifySchema, persisted)
      return parsed.success
        ? { ...current, doNotContact: [...new Set(parsed.output.doNotContact)] }
        : current
    },
  }),
)

/** Puts an author on the do-not-contact list, or takes them off. */
export const setDoNotContact = (key: string, doNotContact: boolean): void => {
  useNotifyStore.setState((state) => {
    const others = state.doNotContact.filter((item) => item !== key)
    return { doNotContact: doNotContact ? [...others, key] : others }
  })
}
