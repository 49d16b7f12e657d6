import type { Author } from '../../domain/post'
import { isDid, isHandle, profileUrl } from './atUri'
import type { RawProfileViewBasic } from './rawTypes'
import { remoteHttpUrl } from './remoteUrl'

/** Display names are free text: keep them on one line and of a sane length. */
const cleanName = (value: unknown): string =>
  typeof value === 'string'
    ? value
        .replace(/\p{Cc}+/gu, ' ')
        .replace(/\s+/g, ' ')
        .trim()
        .slice(0, 640)
    : ''

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
  return author
}
