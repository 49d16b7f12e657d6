import type { Post } from '../../domain/post'
import { requestJson } from '../http'
import { SourceError } from '../sourceError'
import type { AdapterContext, SourceAdapter } from '../types'
import { mapOembed } from './mapOembed'
import { oembedSource } from './oembedSource'
import { parsePageUrl } from './pageUrl'
import { providerForUrl, providerNames, type OembedProvider } from './providers'

/** The header our relay sets on answers it passes on from the provider (not its own refusals). */
const RELAY_MARK = 'x-storyloom-relay'

const fetchedAtOf = (context: AdapterContext): string =>
  new Date((context.now ?? Date.now)()).toISOString()

const locate = (link: string): { page: URL; provider: OembedProvider } => {
  const page = parsePageUrl(link)
  if (!page) throw new SourceError('invalid-query', `"${link}" is not an http(s) link.`)
  const provider = providerForUrl(page)
  if (!provider)
    throw new SourceError(
      'unsupported',
      `${page.host} is not a provider Storyloom can embed. Paste a link from ${providerNames().join(', ')}.`,
    )
  return { page, provider }
}

/** The relay gives a same-origin path; `requestJson` needs an absolute address. */
const absolute = (address: string): string => {
  try {
    return new URL(address, globalThis.location?.href).href
  } catch {
    throw new SourceError('invalid-query', `The relay address ${address} cannot be resolved.`)
  }
}

/** Where to ask: always the relay when there is one, else the provider when it allows CORS. */
const requestUrlFor = (provider: OembedProvider, endpoint: string, context: AdapterContext) => {
  if (context.relay) return absolute(context.relay.url(endpoint, 'oembed'))
  if (provider.cors === 'yes') return endpoint
  throw new SourceError(
    'relay-required',
    provider.cors === 'no'
      ? `${provider.name} does not let browsers read its oEmbed answers (no CORS): Storyloom's relay must fetch them.`
      : `${provider.name} has not been shown to let browsers read its oEmbed answers: Storyloom's relay must fetch them.`,
  )
}

/** The provider's refusal, worded for what it means for an embed. */
const providerError = (error: SourceError, provider: OembedProvider, page: URL): SourceError => {
  const { status } = error.details
  if (provider.name === 'YouTube' && (status === 401 || status === 403))
    return new SourceError(
      'unauthorized',
      `The owner of this YouTube video (${page.href}) has disabled embedding, so it cannot be embedded.`,
      error.details,
    )
  if (error.kind === 'unauthorized')
    return new SourceError(
      'unauthorized',
      `${provider.name} refused to embed ${page.href} (${status}): it may be private, age-restricted, or its owner disabled embedding.`,
      error.details,
    )
  if (error.kind === 'not-found')
    return new SourceError(
      'not-found',
      `${provider.name} found nothing to embed at ${page.href}: it was removed, is private, or the link is wrong.`,
      error.details,
    )
  // A status set by requestJson: the body was not JSON at all.
  if (error.kind === 'invalid-response' && status !== undefined)
    return new SourceError(
      'invalid-response',
      `${provider.name} answered with something other than oEmbed JSON.`,
      error.details,
    )
  return error
}

/** The relay's own refusal (host not allowed, too large…), told apart from the provider's. */
const relayError = (error: SourceError, provider: OembedProvider): SourceError =>
  new SourceError(
    error.kind === 'invalid-response' ? 'invalid-response' : 'http',
    `Storyloom's relay did not fetch ${provider.name}'s oEmbed answer (${error.details.status ?? 'no status'})${error.details.sourceMessage ? `: ${error.details.sourceMessage}` : '.'}`,
    error.details,
  )

/** One pasted page link as one Post card. */
const resolvePage = async (link: string, context: AdapterContext): Promise<Post> => {
  const { page, provider } = locate(link)
  const requestUrl = requestUrlFor(provider, provider.endpoint(page), context)
  // Error answers lose their headers in requestJson: note whether the last one came from upstream.
  let fromUpstream = false
  const observed: AdapterContext = {
    ...context,
    fetch: async (url, init) => {
      const response = await context.fetch(url, init)
      fromUpstream = response.headers.get(RELAY_MARK) === 'upstream'
      return response
    },
  }
  let data: unknown
  try {
    const response = await requestJson(observed, requestUrl)
    data = response.data
  } catch (error) {
    if (!(error instanceof SourceError) || error.details.status === undefined) throw error
    throw context.relay && !fromUpstream
      ? relayError(error, provider)
      : providerError(error, provider, page)
  }
  return mapOembed({ data, page, provider, fetchedAt: fetchedAtOf(context) })
}

export const oembedAdapter: SourceAdapter = {
  ...oembedSource,
  async search(query, _options, context, cursor) {
    if (query.kind !== 'url')
      throw new SourceError('unsupported', 'Links (oEmbed) only reads a pasted page link.')
    // One link is one card: there is never a next page.
    if (cursor !== undefined) return { posts: [] }
    return { posts: [await resolvePage(query.url, context)] }
  },
  resolveUrl: (url, context) => resolvePage(url, context),
}
