import type { SourceQuery } from './types'

const HASHTAG = /^#([\p{L}\p{N}_]+)$/u
/** `@user`, `@user@server.tld`, or a Bluesky handle / DID typed without the `@`. */
const ACCOUNT = /^@([\w.-]+(?:@[\w.-]+\.[a-z]{2,})?)$/iu
const BARE_HANDLE = /^(?:did:[a-z]+:[\w.:%-]+|[\w-]+(?:\.[\w-]+)+\.[a-z]{2,})$/iu

/** Reads the library's Search box: `#hashtag`, `@account`, a link, or words. */
export const parseSourceQuery = (input: string): SourceQuery | null => {
  const text = input.trim()
  if (text === '') return null
  if (/^https?:\/\//i.test(text)) {
    try {
      return { kind: 'url', url: new URL(text).href }
    } catch {
      return { kind: 'text', text }
    }
  }
  const tag = HASHTAG.exec(text)
  if (tag?.[1]) return { kind: 'hashtag', tag: tag[1] }
  const account = ACCOUNT.exec(text)
  if (account?.[1]) return { kind: 'account', handle: account[1] }
  if (BARE_HANDLE.test(text)) return { kind: 'account', handle: text }
  return { kind: 'text', text }
}
