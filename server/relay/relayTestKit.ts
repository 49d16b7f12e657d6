import { createServer, type IncomingHttpHeaders, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { Readable } from 'node:stream'
import { addressRefusal, type Resolve } from './addressCheck.ts'
import type { Connect, OutboundRequest } from './outbound.ts'
import type { RelayHandler } from './relayHandler.ts'

/**
 * Test support for the relay: a table resolver, a scripted outbound connection that refuses
 * (and records) any attempt to reach a refused address, and the handler served on 127.0.0.1.
 * Nothing here opens a connection to anything but 127.0.0.1.
 */

export const tableResolver =
  (table: Record<string, string[]>): Resolve =>
  async (hostname) => {
    const addresses = table[hostname]
    if (!addresses) throw Object.assign(new Error('not found'), { code: 'ENOTFOUND' })
    return addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }) as const)
  }

export interface ScriptedAnswer {
  status: number
  statusText?: string
  headers?: IncomingHttpHeaders
  body?: string | Buffer
}

/**
 * Answers `METHOD url` from `script`. Any request to a refused address is recorded in
 * `violations` (tests assert it stays empty) and fails the exchange.
 */
export const scriptedConnection = (script: Record<string, ScriptedAnswer>) => {
  const requests: OutboundRequest[] = []
  const violations: string[] = []
  const connect: Connect = async (request) => {
    const refusal = addressRefusal(request.address.address)
    if (refusal) {
      violations.push(`${request.url.href} at ${request.address.address}: ${refusal}`)
      throw new Error(`TEST FAILURE: the relay connected to a refused address (${refusal})`)
    }
    requests.push(request)
    const answer = script[`${request.method} ${request.url.href}`]
    if (!answer)
      throw new Error(`the script has no answer for ${request.method} ${request.url.href}`)
    const body = answer.body ?? ''
    return {
      status: answer.status,
      statusText: answer.statusText ?? '',
      headers: answer.headers ?? {},
      body: Readable.from([Buffer.from(body)]),
      discard: () => undefined,
    }
  }
  return { connect, requests, violations }
}

export interface ServedRelay {
  base: string
  get(path: string, init?: RequestInit): Promise<Response>
  relay(url: string, purpose: string, init?: RequestInit): Promise<Response>
  close(): Promise<void>
}

export const serveOnLoopback = async (handler: RelayHandler): Promise<ServedRelay> => {
  const server: Server = createServer((request, response) => handler(request, response))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  const get = (path: string, init?: RequestInit) => fetch(`${base}${path}`, init)
  return {
    base,
    get,
    relay: (url, purpose, init) =>
      get(`/relay?${new URLSearchParams({ url, purpose }).toString()}`, init),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
