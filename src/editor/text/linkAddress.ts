import { isSafeLinkHref } from '../../domain/richText'

/** A scheme without dots, so that `example.org:8080` reads as a host and port, not a scheme. */
const SCHEME = /^[a-z][a-z0-9+-]*:/i
const EMAIL = /^[^\s@/:]+@[^\s@/:]+\.[^\s@/:]+$/
const HOST_FIRST = /^[^\s/?#@:]+\.[^\s/?#@:]+(?:[:/?#]\S*)?$/

/**
 * What the user typed in the link form, as the href to store: `example.org` becomes
 * `https://example.org` and `me@example.org` becomes a mailto link. Undefined when the address
 * is empty or not http(s)/mailto, `javascript:` and `data:` included.
 */
export const completeLinkAddress = (input: string): string | undefined => {
  const value = input.trim()
  let href = value
  if (!SCHEME.test(value)) {
    if (EMAIL.test(value)) href = `mailto:${value}`
    else if (HOST_FIRST.test(value.replace(/^\/\//, '')))
      href = `https://${value.replace(/^\/\//, '')}`
  }
  return isSafeLinkHref(href) ? href : undefined
}
