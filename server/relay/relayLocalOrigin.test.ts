// @vitest-environment node
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { connectPinned, type Connect } from './outbound.ts'
import { createRelayHandler } from './relayHandler.ts'
import { serveOnLoopback, type ServedRelay } from './relayTestKit.ts'

/**
 * The relay's real outbound connection against a local origin on 127.0.0.1, allowed through the
 * test-only STORYLOOM_RELAY_TEST_ORIGIN setting: oversize, slow and mistyped bodies.
 */

const SIX_MB = 6 * 1024 * 1024
let origin: Server
let originBase = ''
let relay: ServedRelay
const reached: string[] = []

beforeAll(async () => {
  origin = createServer((request, response) => {
    switch (request.url) {
      case '/feed.xml':
        response.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' })
        response.end('<rss version="2.0"><channel/></rss>')
        return
      case '/huge-declared.xml':
        response.writeHead(200, {
          'content-type': 'application/rss+xml',
          'content-length': String(SIX_MB),
        })
        response.end(Buffer.alloc(SIX_MB, 0x20))
        return
      case '/huge-streamed.xml': {
        // No Content-Length: the relay must count while it reads.
        response.writeHead(200, { 'content-type': 'application/rss+xml' })
        const chunk = Buffer.alloc(256 * 1024, 0x20)
        let sent = 0
        const pump = () => {
          while (sent < SIX_MB && !response.destroyed) {
            sent += chunk.length
            if (!response.write(chunk)) return void response.once('drain', pump)
          }
          response.end()
        }
        pump()
        return
      }
      case '/slow.xml':
        // Headers and a first piece at once, then nothing: only the time budget ends it.
        response.writeHead(200, { 'content-type': 'application/rss+xml' })
        response.write('<rss version="2.0">')
        return
      case '/page.html':
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
        response.end('<script>alert(1)</script>')
        return
      default:
        response.writeHead(404).end()
    }
  })
  await new Promise<void>((resolve) => origin.listen(0, '127.0.0.1', resolve))
  originBase = `http://127.0.0.1:${(origin.address() as AddressInfo).port}`

  // The real connection, guarded: anything but the local origin fails the exchange.
  const guarded: Connect = (request) => {
    if (request.url.origin !== originBase || request.address.address !== '127.0.0.1') {
      throw new Error(`TEST FAILURE: the relay tried to reach ${request.url.href}`)
    }
    reached.push(request.url.pathname)
    return connectPinned(request)
  }
  relay = await serveOnLoopback(
    createRelayHandler({
      env: { STORYLOOM_RELAY_TEST_ORIGIN: originBase },
      resolve: async (hostname) => {
        throw new Error(`TEST FAILURE: nothing here needs resolving (asked for ${hostname})`)
      },
      connect: guarded,
      budgetMs: 1000,
      warn: () => undefined,
    }),
  )
})

afterAll(async () => {
  await relay.close()
  origin.closeAllConnections()
  await new Promise<void>((resolve) => origin.close(() => resolve()))
})

const errorOf = async (response: Response) => ((await response.json()) as { error: string }).error

describe('relay against the test-only local origin', () => {
  it('relays a feed from the allowed local origin', async () => {
    const response = await relay.relay(`${originBase}/feed.xml`, 'feed')
    expect(response.status).toBe(200)
    expect(await response.text()).toBe('<rss version="2.0"><channel/></rss>')
  })

  it('502 for a body over 5 MB, whether announced or streamed', async () => {
    for (const path of ['/huge-declared.xml', '/huge-streamed.xml']) {
      const response = await relay.relay(`${originBase}${path}`, 'feed')
      expect(response.status).toBe(502)
      expect(await errorOf(response)).toBe(
        "The source's answer is larger than the relay's 5 MB limit.",
      )
    }
  })

  it('504 when the body does not end within the time budget', async () => {
    const started = Date.now()
    const response = await relay.relay(`${originBase}/slow.xml`, 'feed')
    expect(response.status).toBe(504)
    expect(await errorOf(response)).toBe(
      "The source did not answer completely within the relay's 1 s limit.",
    )
    expect(Date.now() - started).toBeLessThan(5000)
  })

  it('502 naming the type that came and those expected (text/html for a feed)', async () => {
    const response = await relay.relay(`${originBase}/page.html`, 'feed')
    expect(response.status).toBe(502)
    expect(await errorOf(response)).toBe(
      'The source sent content of type text/html; for feed the relay only passes ' +
        'application/rss+xml, application/atom+xml, application/rdf+xml, application/xml, ' +
        'text/xml, application/feed+json, application/json, text/plain.',
    )
  })

  it('opens no other port of this machine', async () => {
    const before = reached.length
    const otherPort = await relay.relay('http://127.0.0.1:9/feed.xml', 'feed')
    expect(otherPort.status).toBe(403)
    const defaultPort = await relay.relay('http://127.0.0.1/feed.xml', 'feed')
    expect(defaultPort.status).toBe(403)
    expect(reached.length).toBe(before)
  })

  it('refuses every other address in test mode, before any name is resolved', async () => {
    const before = reached.length
    // The resolver above throws if called: a refusal here proves no DNS lookup happened.
    const response = await relay.relay('https://files.example.org/picture.png', 'media')
    expect(response.status).toBe(403)
    expect(await errorOf(response)).toBe(`In test mode the relay only fetches from ${originBase}.`)
    expect(reached.length).toBe(before)
  })
})
