#!/usr/bin/env node
/**
 * A stand-in for Mastodon and Bluesky servers in browser journeys: it answers on 127.0.0.1
 * with the recorded payloads of src/test/fixtures and their recorded headers (Link paging
 * rewritten to this server), adds the CORS headers the real servers send to browsers, and can
 * answer 429 and 404 on purpose. `GET /__reset` forgets how many requests each route saw.
 *
 * Usage: node e2e/servers/sourceReplayServer.mjs [port]   (default 4180)
 */
import { readFileSync } from 'node:fs'
import { createServer } from 'node:http'
import { fileURLToPath } from 'node:url'

const port = Number(process.argv[2] ?? process.env.SOURCE_REPLAY_PORT ?? 4180)
const origin = `http://127.0.0.1:${port}`
const fixtures = fileURLToPath(new URL('../../src/test/fixtures/', import.meta.url))

const readJson = (name) => JSON.parse(readFileSync(`${fixtures}${name}`, 'utf8'))
const recorded = (name) => {
  const meta = readJson(name.replace(/\.json$/, '.meta.json'))
  return { status: meta.response.status, headers: meta.response.headers, body: readJson(name) }
}

/** Headers that describe the recorded transfer, not the payload we send now. */
const DROPPED = new Set(['content-length', 'content-encoding', 'transfer-encoding', 'connection'])

const rewriteLink = (value) => value.replace(/<https?:\/\/[^/>]+/g, `<${origin}`)

const send = (response, { status, headers = {}, body }) => {
  const out = {}
  for (const [key, value] of Object.entries(headers)) {
    const name = key.toLowerCase()
    if (DROPPED.has(name)) continue
    out[name] = name === 'link' ? rewriteLink(value) : value
  }
  out['content-type'] ??= 'application/json; charset=utf-8'
  out['access-control-allow-origin'] = '*'
  out['access-control-expose-headers'] =
    'Link, X-RateLimit-Limit, X-RateLimit-Remaining, X-RateLimit-Reset, Retry-After'
  response.writeHead(status, out)
  response.end(typeof body === 'string' ? body : JSON.stringify(body))
}

const hits = new Map()
const hit = (key) => {
  const count = (hits.get(key) ?? 0) + 1
  hits.set(key, count)
  return count
}

const notFound = () => recorded('mastodon/mastodonpy-status-404.json')

const withoutLink = (answer) => {
  const headers = { ...answer.headers }
  delete headers.link
  return { ...answer, headers }
}

const routes = [
  // Mastodon
  [
    /^\/api\/v1\/timelines\/tag\/rstats$/,
    (url) =>
      url.searchParams.has('max_id')
        ? withoutLink(recorded('mastodon/rtoot-timeline-public-mastodon-social.json'))
        : recorded('mastodon/rtoot-timeline-tag-rstats.json'),
  ],
  [
    // Busy the first time: a 429 with Retry-After, then the recorded answer.
    /^\/api\/v1\/timelines\/tag\/busy$/,
    () =>
      hit('busy') === 1
        ? { status: 429, headers: { 'retry-after': '1' }, body: { error: 'Too many requests' } }
        : withoutLink(recorded('mastodon/rtoot-timeline-tag-rstats.json')),
  ],
  [
    // Always rate limited, for longer than the client waits on its own.
    /^\/api\/v1\/timelines\/tag\/closed$/,
    () => ({
      status: 429,
      headers: { 'retry-after': '120' },
      body: { error: 'Too many requests' },
    }),
  ],
  [/^\/api\/v1\/timelines\/tag\/[^/]+$/, () => ({ status: 200, body: [] })],
  [
    /^\/api\/v1\/accounts\/lookup$/,
    (url) => {
      const statuses = readJson('mastodon/rtoot-account-statuses-with-reblog.json')
      const account = statuses.find((status) => !status.reblog)?.account
      return url.searchParams.get('acct')?.split('@')[0] === account.username
        ? { status: 200, body: account }
        : notFound()
    },
  ],
  [
    /^\/api\/v1\/accounts\/[^/]+\/statuses$/,
    () => withoutLink(recorded('mastodon/rtoot-account-statuses-with-reblog.json')),
  ],
  [
    /^\/api\/v1\/statuses\/114026814291152535\/context$/,
    () => recorded('mastodon/rtoot-status-context.json'),
  ],
  [
    /^\/api\/v1\/statuses\/114620457512351116$/,
    () => recorded('mastodon/rtoot-status-single.json'),
  ],
  [
    /^\/api\/v1\/statuses\/117020609135389699$/,
    () => recorded('mastodon/mastodonpy-status-card.json'),
  ],
  [/^\/api\/v1\/statuses\/[^/]+$/, notFound],
  // Bluesky
  [/^\/xrpc\/app\.bsky\.feed\.getAuthorFeed$/, () => recorded('bluesky/bskyr-getAuthorFeed.json')],
  [/^\/xrpc\/app\.bsky\.feed\.getPostThread$/, () => recorded('bluesky/bskyr-getPostThread.json')],
  [/^\/xrpc\/app\.bsky\.feed\.getPosts$/, () => recorded('bluesky/bskyr-getPosts.json')],
  [
    /^\/xrpc\/com\.atproto\.identity\.resolveHandle$/,
    (url) => {
      const thread = readJson('bluesky/bskyr-getPostThread.json').thread.post.author
      return url.searchParams.get('handle') === thread.handle
        ? { status: 200, body: { did: thread.did } }
        : { status: 400, body: { error: 'InvalidRequest', message: 'Unable to resolve handle' } }
    },
  ],
]

const server = createServer((request, response) => {
  const url = new URL(request.url ?? '/', origin)
  if (request.method === 'OPTIONS') {
    response.writeHead(204, {
      'access-control-allow-origin': '*',
      'access-control-allow-methods': 'GET, POST',
      'access-control-allow-headers': 'authorization, content-type, accept',
      'access-control-max-age': '600',
    })
    response.end()
    return
  }
  if (url.pathname === '/health') return send(response, { status: 200, body: { ok: true } })
  if (url.pathname === '/__reset') {
    hits.clear()
    return send(response, { status: 200, body: { reset: true } })
  }
  const route = routes.find(([pattern]) => pattern.test(url.pathname))
  if (!route)
    return send(response, {
      status: 404,
      headers: { 'content-type': 'text/html' },
      body: '<h1>Not found</h1>',
    })
  send(response, route[1](url))
})

server.listen(port, '127.0.0.1', () => console.log(`source replay server on ${origin}`))
