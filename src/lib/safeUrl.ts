/**
 * URL guards for attributes we write ourselves (href, src, poster). Post data is hostile: a
 * `javascript:` permalink or avatar must never reach the DOM.
 */

// Browsers drop tabs and newlines inside URLs and read `\` as `/`, so `/\evil.example` or
// `/\t/evil.example` would leave our origin: refuse them outright.
const rootRelativePath = /^\/(?![/\\])[^\s\\\p{Cc}]*$/u

const DATA_IMAGE = /^data:image\/(?:png|jpeg|gif|webp);base64,[a-z0-9+/=]*$/i

const parsedProtocol = (url: string): string | undefined => {
  try {
    return new URL(url).protocol
  } catch {
    return undefined
  }
}

/** The link parsed when it is an absolute http(s) URL; undefined for anything else. */
export const parseHttpUrl = (link: string): URL | undefined => {
  let url: URL
  try {
    url = new URL(link)
  } catch {
    return undefined
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url : undefined
}

/** The URL if it is http(s) or a root-relative path (our bundled `/sample/...` media), else undefined. */
export const safeHttpUrl = (url: string | undefined): string | undefined => {
  if (typeof url !== 'string' || url === '') return undefined
  if (url.startsWith('/')) return rootRelativePath.test(url) ? url : undefined
  const protocol = parsedProtocol(url)
  return protocol === 'http:' || protocol === 'https:' ? url : undefined
}

/** Like safeHttpUrl, plus archived media: `blob:` and base64 raster `data:image/...` (never SVG). */
export const safeMediaUrl = (url: string | undefined): string | undefined => {
  const http = safeHttpUrl(url)
  if (http !== undefined || typeof url !== 'string') return http
  if (DATA_IMAGE.test(url)) return url
  return parsedProtocol(url) === 'blob:' ? url : undefined
}
