import type { Poll } from '../../domain/post'
import { readArray, readCount, readDate, readString } from './fieldReaders'
import type { RawPoll } from './rawTypes'

/** A Mastodon Poll (inside a status, or from `GET /api/v1/polls/:id`). */
export const mapPoll = (poll: RawPoll | null | undefined): Poll | undefined => {
  if (typeof poll !== 'object' || poll === null) return undefined
  const options = readArray(poll.options).map((option) => {
    // votes_count is null while the author hides results until the poll ends.
    const votes = readCount(option.votes_count)
    return { title: readString(option.title) ?? '', ...(votes !== undefined ? { votes } : {}) }
  })
  if (options.length === 0) return undefined
  const votersCount = readCount(poll.voters_count)
  const expiresAt = readDate(poll.expires_at)
  return {
    options,
    multiple: poll.multiple === true,
    ...(votersCount !== undefined ? { votersCount } : {}),
    ...(expiresAt ? { expiresAt } : {}),
    closed: poll.expired === true,
  }
}
