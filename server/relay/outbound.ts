import { lookup as dnsLookup } from 'node:dns/promises'
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http'
import { request as httpsRequest } from 'node:https'
import type { LookupFunction } from 'node:net'
import { isIP } from 'node:net'
import { bareHostname, type Resolve, type ResolvedAddress } from './addressCheck.ts'

/** One request the relay sends, to an address that has already passed the address check. */
export interface OutboundRequest {
  url: URL
  /** The checked address: the connection goes there and nowhere else. */
  address: ResolvedAddress
  method: 'GET' | 'POST'
  headers: Record<string, string>
  body?: string
  signal: AbortSignal
}

export interface OutboundResponse {
  status: number
  statusText: string
  headers: IncomingHttpHeaders
  body: AsyncIterable<Uint8Array>
  /** Drops the rest of the body and the connection (after a redirect or a refusal). */
  discard(): void
}

/** Opens the outbound connection; injected in tests so that nothing leaves 127.0.0.1. */
export type Connect = (request: OutboundRequest) => Promise<OutboundResponse>

/** The system resolver, every answer (IPv4 and IPv6) in the order it gives them. */
export const systemResolve: Resolve = async (hostname) => {
  const answers = await dnsLookup(hostname, { all: true, verbatim: true })
  return answers.map(({ address, family }) => ({ address, family: family === 6 ? 6 : 4 }))
}

/** A `lookup` that always answers the checked address, so DNS rebinding cannot swap it. */
const pinnedLookup = ({ address, family }: ResolvedAddress): LookupFunction =>
  ((_hostname: string, options: { all?: boolean }, callback: (...args: unknown[]) => void) => {
    if (options?.all) callback(null, [{ address, family }])
    else callback(null, address, family)
  }) as unknown as LookupFunction

/**
 * Connects to the checked address with Node's http/https, keeping the URL's host name for the
 * Host header and for TLS (SNI and certificate check). Nothing is retried or followed here.
 */
export const connectPinned: Connect = (outbound) =>
  new Promise((resolve, reject) => {
    const { url } = outbound
    const host = bareHostname(url)
    const request = (url.protocol === 'https:' ? httpsRequest : httpRequest)(
      {
        protocol: url.protocol,
        hostname: host,
        port: url.port || undefined,
        path: `${url.pathname}${url.search}`,
        method: outbound.method,
        headers: outbound.headers,
        lookup: pinnedLookup(outbound.address),
        // SNI takes names only; an IP literal is its own certificate name.
        ...(url.protocol === 'https:' && isIP(host) === 0 ? { servername: host } : {}),
        agent: false,
        signal: outbound.signal,
      },
      (response) => {
        resolve({
          status: response.statusCode ?? 502,
          statusText: response.statusMessage ?? '',
          headers: response.headers,
          body: response,
          discard: () => response.destroy(),
        })
      },
    )
    request.on('error', reject)
    request.end(outbound.body)
  })
