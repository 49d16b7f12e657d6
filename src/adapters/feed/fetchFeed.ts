import { requestBytes } from '../http'
import { SourceError } from '../sourceError'
import type { AdapterContext } from '../types'
import { FeedFormatError } from './feedFormatError'
import type { ParsedFeed } from './feedModel'
import { parseFeed } from './parseFeed'

/** Kept short enough (under 128 bytes) to stay a CORS-safelisted header: no preflight. */
const FEED_ACCEPT =
  'application/rss+xml, application/atom+xml, application/feed+json, text/xml, */*;q=0.8'

/** The relay's address is same-origin and relative; requests need it absolute. */
const absolute = (url: string): string =>
  new URL(url, globalThis.location?.href ?? 'http://localhost/').href

const fetchThroughRelay = async (feedUrl: string, context: AdapterContext) => {
  const relay = context.relay
  if (!relay) throw new Error('no relay')
  try {
    return await requestBytes(context, absolute(relay.url(feedUrl, 'feed')), {
      accept: FEED_ACCEPT,
    })
  } catch (error) {
    if (error instanceof SourceError && error.details.sourceMessage !== undefined)
      throw new SourceError(
        error.kind,
        `The relay could not read ${feedUrl}: ${error.details.sourceMessage}`,
        error.details,
      )
    throw error
  }
}

const fetchDirect = async (feedUrl: string, context: AdapterContext) => {
  try {
    // No retry on a failed connection: a browser reports a CORS refusal that way.
    return await requestBytes(context, feedUrl, {
      accept: FEED_ACCEPT,
      retryConnectionErrors: false,
    })
  } catch (error) {
    if (error instanceof SourceError && error.kind === 'network')
      throw new SourceError(
        'relay-required',
        `${new URL(feedUrl).host} does not let the browser read its feed directly (no CORS headers, or it is unreachable), and this editor runs without its relay.`,
      )
    throw error
  }
}

/** What a document that is not a feed is, said about the address it came from. */
const aboutAddress = (error: unknown, feedUrl: string): unknown => {
  if (!(error instanceof FeedFormatError)) return error
  if (error.problem === 'html')
    return new FeedFormatError(
      'html',
      `${feedUrl} is a web page, not a feed. Paste the address of its RSS, Atom or JSON feed instead.`,
    )
  return new FeedFormatError(error.problem, `${feedUrl}: ${error.message}`, error.detail)
}

/**
 * Reads and parses a feed: through the editor's relay when there is one (most feeds send no
 * CORS headers), else directly, saying when only the relay could read it.
 */
export const fetchFeed = async (feedUrl: string, context: AdapterContext): Promise<ParsedFeed> => {
  const response = context.relay
    ? await fetchThroughRelay(feedUrl, context)
    : await fetchDirect(feedUrl, context)
  try {
    return parseFeed(response.bytes, { contentType: response.contentType, url: feedUrl })
  } catch (error) {
    throw aboutAddress(error, feedUrl)
  }
}
