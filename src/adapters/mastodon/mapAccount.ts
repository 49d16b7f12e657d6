import type { Author } from '../../domain/post'
import { absoluteHttpUrl, readId, readNonEmptyString, readString } from './fieldReaders'
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

export const mapAccount = (account: RawAccount | undefined, server: string): Author => {
  const raw = account ?? {}
  const handle = accountHandle(raw, server)
  const url = absoluteHttpUrl(raw.url)
  const avatarUrl = absoluteHttpUrl(raw.avatar_static) ?? absoluteHttpUrl(raw.avatar)
  const id = readId(raw.id)
  return {
    // An empty display name is common; the username is what the server itself shows then.
    name:
      readNonEmptyString(raw.display_name)?.trim() ?? readNonEmptyString(raw.username) ?? handle,
    handle,
    ...(url ? { url } : {}),
    ...(avatarUrl ? { avatarUrl } : {}),
    ...(id ? { id } : {}),
  }
}
