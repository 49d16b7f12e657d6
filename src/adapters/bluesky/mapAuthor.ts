import type { Author, AuthorStats } from '../../domain/post'
import { isDid, isHandle, profileUrl } from './atUri'
import type { RawProfileViewBasic } from './rawTypes'
import { remoteHttpUrl } from './remoteUrl'
import { normalizeTimestamp } from './timestamps'

/** Display names are free text: keep them on one line and of a sane length. */
const cleanName = (value: unknown): string =>
  typeof value === 'string'
    ? value
        .replace(/\p{Cc}+/gu, ' ')
        .replace(/\s+/g, ' ')
        .trim()
        .slice(0, 640)
    : ''

const readCount = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : undefined

/**
 * Audience counts for the credibility hints. Only a full ProfileView has them; a basic one (the
 * author of a post in a feed) has none, and then there are no stats at all: its `createdAt`
 * alone is not an audience, and the hints say the source gave no counts rather than guess.
 */
const mapStats = (profile: RawProfileViewBasic | undefined): AuthorStats | undefined => {
  const followers = readCount(profile?.followersCount)
  const following = readCount(profile?.followsCount)
  const posts = readCount(profile?.postsCount)
  if (followers === undefined && following === undefined && posts === undefined) return undefined
  const createdAt = normalizeTimestamp(profile?.createdAt)
  return {
    ...(followers === undefined ? {} : { followers }),
    ...(following === undefined ? {} : { following }),
    ...(posts === undefined ? {} : { posts }),
    ...(createdAt ? { createdAt } : {}),
  }
}

/** A Bluesky profile as an Author; `id` is the DID, the one name that never changes. */
export const mapAuthor = (profile: RawProfileViewBasic | undefined): Author => {
  const did = isDid(profile?.did) ? profile.did : undefined
  const handle = isHandle(profile?.handle) ? profile.handle : undefined
  const shownHandle = handle ? `@${handle}` : (did ?? '')
  const author: Author = {
    name: cleanName(profile?.displayName) || handle || did || '',
    handle: shownHandle,
  }
  const url = profileUrl({ did, handle })
  if (url) author.url = url
  const avatarUrl = remoteHttpUrl(profile?.avatar)
  if (avatarUrl) author.avatarUrl = avatarUrl
  if (did) author.id = did
  const stats = mapStats(profile)
  if (stats) author.stats = stats
  return author
}
