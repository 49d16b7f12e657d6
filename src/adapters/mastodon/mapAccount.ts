import type { Author, AuthorStats } from '../../domain/post'
import {
  absoluteHttpUrl,
  readCount,
  readDate,
  readId,
  readNonEmptyString,
  readString,
} from './fieldReaders'
import type { RawAccount } from './rawTypes'

const hostOf = (url: string | undefined): string | undefined => {
  if (!url) return undefined
  try {
    return new URL(url).host || undefined
  } catch {
    return undefined
  }
}

/** `user@host` → `host`; a local `acct` has no host. */
const acctHost = (acct: string | undefined): string | undefined => {
  const at = acct?.indexOf('@') ?? -1
  return acct && at > 0 ? acct.slice(at + 1) || undefined : undefined
}

const acctUser = (acct: string | undefined): string | undefined => {
  if (!acct) return undefined
  const name = acct.replace(/^@/, '').split('@')[0]
  return name || undefined
}

/**
 * `@username@host`. The host comes from the profile URL (the server the account lives on),
 * then from `acct`, then from the server we asked: a local account's `acct` has no host.
 */
export const accountHandle = (
  fields: { username?: unknown; acct?: unknown; url?: unknown },
  server: string,
): string => {
  const acct = readString(fields.acct)
  const username = readNonEmptyString(fields.username) ?? acctUser(acct) ?? 'unknown'
  const host = hostOf(absoluteHttpUrl(fields.url)) ?? acctHost(acct) ?? hostOf(server) ?? 'unknown'
  return `@${username}@${host}`
}

/** Audience counts for the credibility hints; undefined when the server sent none. */
const mapStats = (raw: RawAccount): AuthorStats | undefined => {
  const stats: AuthorStats = {}
  const followers = readCount(raw.followers_count)
  const following = readCount(raw.following_count)
  const posts = readCount(raw.statuses_count)
  const createdAt = readDate(raw.created_at)
  if (followers !== undefined) stats.followers = followers
  if (following !== undefined) stats.following = following
  if (posts !== undefined) stats.posts = posts
  if (createdAt) stats.createdAt = createdAt
  return Object.keys(stats).length > 0 ? stats : undefined
}

export const mapAccount = (account: RawAccount | undefined, server: string): Author => {
  const raw = account ?? {}
  const handle = accountHandle(raw, server)
  const url = absoluteHttpUrl(raw.url)
  const avatarUrl = absoluteHttpUrl(raw.avatar_static) ?? absoluteHttpUrl(raw.avatar)
  const id = readId(raw.id)
  const stats = mapStats(raw)
  return {
    // An empty display name is common; the username is what the server itself shows then.
    name:
      readNonEmptyString(raw.display_name)?.trim() ?? readNonEmptyString(raw.username) ?? handle,
    handle,
    ...(url ? { url } : {}),
    ...(avatarUrl ? { avatarUrl } : {}),
    ...(id ? { id } : {}),
    ...(stats ? { stats } : {}),
  }
}
