import type { Poll } from '../../domain/post'
import { hackerNewsPlainText } from './hackernewsText'

/** The most options read for one poll; HN polls rarely have more than a dozen. */
export const MAX_POLL_OPTIONS = 20

/** The `parts` of a poll item: the ids of its options, in order. */
export const pollPartsOf = (raw: unknown): number[] => {
  if (typeof raw !== 'object' || raw === null) return []
  const record = raw as Record<string, unknown>
  if (record.type !== 'poll' || !Array.isArray(record.parts)) return []
  return record.parts
    .filter((part): part is number => Number.isSafeInteger(part) && (part as number) > 0)
    .slice(0, MAX_POLL_OPTIONS)
}

/** Poll options (`pollopt` items) as the domain's poll: their text, their score as votes. */
export const pollFromOptions = (options: unknown[]): Poll | undefined => {
  const read = options.flatMap((option) => {
    if (typeof option !== 'object' || option === null) return []
    const record = option as Record<string, unknown>
    if (record.type !== 'pollopt' || typeof record.text !== 'string') return []
    const votes =
      typeof record.score === 'number' && Number.isInteger(record.score) && record.score >= 0
        ? record.score
        : undefined
    return [{ title: hackerNewsPlainText(record.text), ...(votes !== undefined ? { votes } : {}) }]
  })
  return read.length > 0 ? { options: read } : undefined
}
