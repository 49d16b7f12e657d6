import { foldText } from '../../lib/foldText'
import type { ArchiveSearchEntry } from './archiveSearchEntry'
import { primaryLanguage } from './archiveSearchEntry'

/** What the Archives view asks for. Dates are the `YYYY-MM-DD` of a date input, in local time. */
export interface ArchiveSearchFilters {
  text?: string
  from?: string
  to?: string
  hasMedia?: boolean
  leaveOutReplies?: boolean
  leaveOutReposts?: boolean
  /** A language tag; only its primary subtag counts, so `en` finds `en-GB` too. */
  language?: string
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/

/** Local midnight of a `YYYY-MM-DD` day, plus `days`; undefined for an empty or odd value. */
const localDay = (value: string | undefined, days = 0): number | undefined => {
  const match = value ? DAY.exec(value) : null
  if (!match) return undefined
  const [, year, month, day] = match
  return new Date(Number(year), Number(month) - 1, Number(day) + days).getTime()
}

/** Builds the test once per search, not once per post: 100,000 posts are checked per keystroke. */
export const archiveEntryMatcher = (
  filters: ArchiveSearchFilters,
): ((entry: ArchiveSearchEntry) => boolean) => {
  const words = foldText(filters.text ?? '')
    .split(/\s+/)
    .filter(Boolean)
  const from = localDay(filters.from)
  // Inclusive: "to 3 May" keeps everything posted on 3 May.
  const before = localDay(filters.to, 1)
  const language = primaryLanguage(filters.language)
  return (entry) =>
    (from === undefined || entry.createdAt >= from) &&
    (before === undefined || entry.createdAt < before) &&
    (!filters.hasMedia || entry.hasMedia) &&
    (!filters.leaveOutReplies || !entry.isReply) &&
    (!filters.leaveOutReposts || !entry.isRepost) &&
    (language === '' || entry.language === language) &&
    words.every((word) => entry.text.includes(word))
}
