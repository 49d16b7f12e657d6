/**
 * An absolute http(s) URL from another server, normalised, or undefined. Unlike `safeHttpUrl`
 * this refuses root-relative paths: from a remote answer they would point into our own origin.
 */
export const remoteHttpUrl = (value: unknown): string | undefined => {
  if (typeof value !== 'string' || value.length > 8192) return undefined
  try {
    const url = new URL(value)
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined
  } catch {
    return undefined
  }
}
