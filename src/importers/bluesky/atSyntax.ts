/**
 * The AT Protocol's DID and record-key syntax. The DID and key of a post go into the path of
 * every bsky.app link an import makes: anything else (spaces, quotes, `<`) is not an address.
 */
const DID_SOURCE = 'did:[a-z]+:[a-zA-Z0-9._:%-]*[a-zA-Z0-9._-]'
const DID = new RegExp(`^${DID_SOURCE}$`)
const POST_AT_URI = new RegExp(
  `^at://(${DID_SOURCE})/app\\.bsky\\.feed\\.post/([a-zA-Z0-9._:~-]{1,512})$`,
)

export const isDid = (value: string): boolean => DID.test(value)

/** `at://did/app.bsky.feed.post/rkey` → its DID and record key, when both are well formed. */
export const parsePostAtUri = (uri: unknown): { did: string; rkey: string } | undefined => {
  const match = typeof uri === 'string' ? POST_AT_URI.exec(uri) : null
  const [, did, rkey] = match ?? []
  // `.` and `..` fit the key's characters but are not keys (they would climb the URL path).
  return did && rkey && rkey !== '.' && rkey !== '..' ? { did, rkey } : undefined
}
