#!/usr/bin/env node
/**
 * A stand-in for Mastodon and Bluesky servers in browser journeys: it answers on 127.0.0.1
 * with the recorded payloads of src/test/fixtures and their recorded headers (Link paging
 * rewritten to this server), adds the CORS headers the real servers send to browsers, and can
 * answer 429 and 404 on purpose. `GET /__reset` forgets how many requests each route saw and
 * every deletion. `GET /__delete?status=ID` makes that Mastodon status answer 404 from then on
 * (its author deleted it). `/media/NAME.png` serves a tiny PNG, the media of `#pictures`.
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
  response.end(typeof body === 'string' || Buffer.isBuffer(body) ? body : JSON.stringify(body))
}

const hits = new Map()
const hit = (key) => {
  const count = (hits.get(key) ?? 0) + 1
  hits.set(key, count)
  return count
}

const notFound = () => recorded('mastodon/mastodonpy-status-404.json')

/** A 1×1 PNG: the only picture this server has, under any name. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
)

/** A recorded status whose picture and avatar are served here, so a journey can go offline. */
const picturesStatus = () => {
  const status = readJson('mastodon/rtoot-status-single.json')
  return {
    ...status,
    id: '900000000000000001',
    uri: `${origin}/users/${status.account.username}/statuses/900000000000000001`,
    url: `${origin}/@${status.account.username}/900000000000000001`,
    account: {
      ...status.account,
      avatar: `${origin}/media/avatar.png`,
      avatar_static: `${origin}/media/avatar.png`,
    },
    media_attachments: [
      {
        id: '1',
        type: 'image',
        url: `${origin}/media/lake.png`,
        preview_url: `${origin}/media/lake.png`,
        description: 'A tiny lake',
        meta: { original: { width: 1, height: 1 } },
      },
    ],
  }
}

/** Every recorded status by id (boosted ones too), so "Check sources" can read them again. */
const knownStatuses = () => {
  const byId = new Map()
  const add = (status) => {
    if (!status || typeof status !== 'object') return
    byId.set(String(status.id), status)
    add(status.reblog)
  }
  for (const name of [
    'rtoot-timeline-tag-rstats',
    'rtoot-timeline-public-mastodon-social',
    'rtoot-account-statuses-with-reblog',
  ])
    readJson(`mastodon/${name}.json`).forEach(add)
  add(readJson('mastodon/rtoot-status-single.json'))
  add(readJson('mastodon/mastodonpy-status-card.json'))
  add(picturesStatus())
  return byId
}

/** Statuses whose author deleted them, by `GET /__delete?status=ID`. */
const deleted = new Set()

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
  [/^\/api\/v1\/timelines\/tag\/pictures$/, () => ({ status: 200, body: [picturesStatus()] })],
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
    // A status deleted upstream answers like Mastodon does: 404 with its JSON error.
    /^\/api\/v1\/statuses\/[^/]+$/,
    (url) => (deleted.has(url.pathname.split('/').pop()) ? notFound() : undefined),
  ],
  [
    /^\/api\/v1\/statuses\/114620457512351116$/,
    () => recorded('mastodon/rtoot-status-single.json'),
  ],
  [
    /^\/api\/v1\/statuses\/117020609135389699$/,
    () => recorded('mastodon/mastodonpy-status-card.json'),
  ],
  [
    /^\/api\/v1\/statuses\/[^/]+$/,
    (url) => {
      const status = knownStatuses().get(url.pathname.split('/').pop())
      return status ? { status: 200, body: status } : notFound()
    },
  ],
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

/** The content type a feed host would send for each fixture, by extension. */
const FEED_TYPES = {
  rss: 'application/rss+xml',
  atom: 'application/atom+xml',
  xml: 'application/xml',
  json: 'application/feed+json',
}

/** A recorded feed of src/test/fixtures/rss with the content type its host would send. */
const recordedFeed = (name) => {
  const type = FEED_TYPES[name.split('.').pop() ?? '']
  try {
    if (!type) throw new Error('unknown type')
    return {
      status: 200,
      headers: { 'content-type': type },
      body: readFileSync(`${fixtures}rss/${name}`),
    }
  } catch {
    return { status: 404, headers: { 'content-type': 'text/plain' }, body: 'No such feed' }
  }
}

/** The Hacker News API's README examples, at their API paths under /hn/v0. */
const recordedHackerNews = (kind, id) => {
  try {
    return { status: 200, body: readJson(`hackernews/hn-readme-${kind}-${id}.json`) }
  } catch {
    return { status: 200, body: null }
  }
}

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
  if (url.pathname === '/__delete') {
    deleted.add(url.searchParams.get('status') ?? '')
    return send(response, { status: 200, body: { deleted: [...deleted] } })
  }
  const feed = /^\/feeds\/([\w.-]+)$/.exec(url.pathname)
  if (feed) return send(response, recordedFeed(feed[1]))
  const hackerNews = /^\/hn\/v0\/(item|user)\/(\w+)\.json$/.exec(url.pathname)
  if (hackerNews) return send(response, recordedHackerNews(hackerNews[1], hackerNews[2]))
  if (/^\/media\/[\w-]+\.png$/.test(url.pathname))
    return send(response, { status: 200, headers: { 'content-type': 'image/png' }, body: PNG })
  if (url.pathname === '/__reset') {
    hits.clear()
    deleted.clear()
    return send(response, { status: 200, body: { reset: true } })
  }
  // A route answering undefined passes the request on to the next one that matches.
  const answer = routes
    .filter(([pattern]) => pattern.test(url.pathname))
    .reduce((found, [, respond]) => found ?? respond(url), undefined)
  if (!answer)
    return send(response, {
      status: 404,
      headers: { 'content-type': 'text/html' },
      body: '<h1>Not found</h1>',
    })
  send(response, answer)
})

server.listen(port, '127.0.0.1', () => console.log(`source replay server on ${origin}`))
