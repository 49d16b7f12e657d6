import { isIP } from 'node:net'
import ipaddr from 'ipaddr.js'

/**
 * The relay's defence against server-side request forgery: before any connection, a target URL
 * must be http(s) on its default port with no user name, and every address its host stands for
 * must be an ordinary public unicast address — never this machine, a private or link-local
 * network (cloud metadata lives at 169.254.169.254 and fd00:ec2::254), or a special range.
 */

export interface ResolvedAddress {
  address: string
  family: 4 | 6
}

/** Finds every address a host name stands for (default: the system resolver, all answers). */
export type Resolve = (hostname: string) => Promise<ResolvedAddress[]>

export type TargetCheck =
  | { ok: true; url: URL; address: ResolvedAddress }
  | { ok: false; status: 400 | 403 | 502; reason: string }

export interface TargetCheckOptions {
  resolve: Resolve
  /**
   * TEST-ONLY: one exact origin (scheme + host + port) the relay may reach although it is
   * loopback, so tests can serve oversize, slow and mistyped bodies from 127.0.0.1.
   */
  testOrigin?: string
}

const RANGE_REASONS: Record<string, string> = {
  loopback: 'a loopback address (this machine)',
  private: 'a private network address',
  linkLocal: 'a link-local address (where cloud metadata services such as 169.254.169.254 live)',
  uniqueLocal: 'a unique-local (private network) IPv6 address',
  unspecified: 'the unspecified address (this machine)',
  broadcast: 'the broadcast address',
  multicast: 'a multicast address',
  carrierGradeNat: 'a carrier-grade NAT (shared network) address',
  reserved: 'a reserved or documentation-only address',
  deprecatedSiteLocal: 'a site-local (private network) IPv6 address',
  '6to4': 'a 6to4 address, which can reach any IPv4 address',
  teredo: 'a Teredo address, which can reach any IPv4 address',
  rfc6052: 'a NAT64 address, which can reach any IPv4 address',
  rfc6145: 'an IPv4-translated address, which can reach any IPv4 address',
}

const describeRange = (range: string): string =>
  RANGE_REASONS[range] ?? `a special-purpose address (${range}), not a public one`

/** What kind of refused address `address` is, or undefined for a public unicast address. */
const refusedKind = (address: string): string | undefined => {
  const bare = address.replace(/^\[|\]$/g, '')
  if (isIP(bare.split('%')[0] ?? '') === 0) return 'not an IP address'
  const parsed = ipaddr.parse(bare)
  if (parsed instanceof ipaddr.IPv6 && parsed.isIPv4MappedAddress()) {
    // ::ffff:7f00:1 is 127.0.0.1 in disguise: judge the IPv4 address it carries.
    const inner = parsed.toIPv4Address().toString()
    const innerKind = refusedKind(inner)
    return innerKind ? `an IPv4-mapped IPv6 address for ${inner}, which is ${innerKind}` : undefined
  }
  const range = parsed.range()
  return range === 'unicast' ? undefined : describeRange(range)
}

/** Why `address` may not be contacted ("it is …"), or undefined when it is public unicast. */
export const addressRefusal = (address: string): string | undefined => {
  const kind = refusedKind(address)
  return kind === undefined ? undefined : `it is ${kind}`
}

const refuse = (status: 400 | 403 | 502, reason: string): TargetCheck => ({
  ok: false,
  status,
  reason,
})

/** A URL as the user wrote it, shortened so an error message stays readable. */
const shown = (raw: string): string => (raw.length > 200 ? `${raw.slice(0, 200)}…` : raw)

/** Parses `raw` and refuses what must never be fetched, before any name is resolved. */
export const checkUrlShape = (
  raw: string,
  testOrigin?: string,
):
  | { ok: true; url: URL; isTestOrigin: boolean }
  | { ok: false; status: 400 | 403; reason: string } => {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return { ok: false, status: 400, reason: `"${shown(raw)}" is not a valid absolute URL.` }
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return {
      ok: false,
      status: 403,
      reason: `The relay only fetches http and https addresses, not "${url.protocol}" ones.`,
    }
  }
  if (url.username || url.password) {
    return {
      ok: false,
      status: 403,
      reason: 'The relay does not fetch addresses that carry a user name or password.',
    }
  }
  const isTestOrigin = testOrigin !== undefined && url.origin === testOrigin
  if (url.port !== '' && !isTestOrigin) {
    return {
      ok: false,
      status: 403,
      reason: `The relay only connects to the default port (80 for http, 443 for https), not port ${url.port}.`,
    }
  }
  return { ok: true, url, isTestOrigin }
}

/** `[::1]` → `::1`: the URL keeps IPv6 literals in brackets. */
export const bareHostname = (url: URL): string => url.hostname.replace(/^\[|\]$/g, '')

const familyOf = (address: string): 4 | 6 => (isIP(address) === 6 ? 6 : 4)

/**
 * Checks a target URL completely: its shape, then every address its host resolves to. The
 * address returned is the one to connect to (pinned, so a second DNS answer cannot swap it).
 */
export const checkTarget = async (
  raw: string,
  options: TargetCheckOptions,
): Promise<TargetCheck> => {
  const shape = checkUrlShape(raw, options.testOrigin)
  if (!shape.ok) return shape
  const { url, isTestOrigin } = shape
  const host = bareHostname(url)

  if (isIP(host) !== 0) {
    const address = { address: host, family: familyOf(host) }
    if (isTestOrigin) return { ok: true, url, address }
    const reason = addressRefusal(host)
    return reason
      ? refuse(403, `The address ${host} is refused: ${reason}.`)
      : { ok: true, url, address }
  }

  const name = host.replace(/\.$/, '').toLowerCase()
  if (!isTestOrigin && (name === 'localhost' || name.endsWith('.localhost'))) {
    return refuse(403, `The host ${host} is this machine; the relay does not fetch from it.`)
  }

  let addresses: ResolvedAddress[]
  try {
    addresses = await options.resolve(host)
  } catch (error) {
    const code = (error as { code?: unknown }).code
    return refuse(
      502,
      `The host ${host} could not be found${typeof code === 'string' ? ` (${code})` : ''}.`,
    )
  }
  const first = addresses[0]
  if (!first) return refuse(502, `The host ${host} has no address.`)
  if (!isTestOrigin) {
    // Every answer must pass: a host that also resolves to 10.0.0.1 could be connected there.
    for (const { address } of addresses) {
      const reason = addressRefusal(address)
      if (reason) {
        return refuse(403, `The host ${host} resolves to ${address}, which is refused: ${reason}.`)
      }
    }
  }
  return { ok: true, url, address: { address: first.address, family: familyOf(first.address) } }
}
