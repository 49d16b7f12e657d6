const ACCT = /^[\w.-]+(?:@[\w.-]+)?$/
const STATUS_ID = /^[A-Za-z0-9]+$/

/**
 * The page of a status on the server that knows it by `statusId`: `{server}/@{acct}/{id}`.
 * Mastodon serves it for remote accounts too (`/@user@other.host/{id}`), which makes it the
 * one link we can build for a reply whose parent we only know by its local id.
 */
export const statusWebUrl = (
  server: string,
  acct: string,
  statusId: string,
): string | undefined => {
  const name = acct.replace(/^@/, '')
  if (!ACCT.test(name) || !STATUS_ID.test(statusId)) return undefined
  try {
    return new URL(`/@${name}/${statusId}`, server).href
  } catch {
    return undefined
  }
}
