import type { Author, Media, Post, PostEmbed } from '../../domain/post'
import { safePlayerUrl } from '../../lib/embedPlayers'
import { escapeHtml } from '../../lib/escapeHtml'
import { SourceError } from '../sourceError'
import { cleanText, readDimension, readHttpUrl, readText } from './oembedFields'
import { normalisePageUrl } from './pageUrl'
import { iframeSrcFromHtml } from './playerFromHtml'
import type { OembedProvider } from './providers'

export interface OembedMapInput {
  /** The parsed JSON answer, not yet trusted in any way. */
  data: unknown
  /** The link the user pasted. */
  page: URL
  provider: OembedProvider
  /** When the answer was read (ISO 8601). */
  fetchedAt: string
}

const EMBED_TYPES: readonly PostEmbed['type'][] = ['photo', 'video', 'rich', 'link']

/** Signed thumbnail links that stop working within hours (TikTok's `x-expires`). */
const EXPIRING_URL = /[?&](?:x-expires|expires|x-signature|oe)=/i

const invalid = (provider: OembedProvider, what: string): SourceError =>
  new SourceError('invalid-response', `${provider.name} sent an oEmbed answer ${what}.`)

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** The version is required; "1.0" is the only one there is, and some send the number 1. */
const hasVersion = (value: unknown): boolean =>
  (typeof value === 'string' && /^1(?:\.0)?$/.test(value.trim())) || value === 1

/**
 * A handle for the author: the last segment of their profile path ("@CKEditor", "@bees"), with
 * the server for Mastodon as elsewhere in Storyloom; the provider's host when there is no
 * profile (Meta stopped sending one in 2025).
 */
const handleOf = (authorUrl: string | undefined, provider: OembedProvider, page: URL): string => {
  if (authorUrl) {
    const url = new URL(authorUrl)
    const segment = url.pathname.split('/').filter(Boolean).pop()
    const name = segment ? cleanText(decodeURIComponent(segment).replace(/^@/, '')) : ''
    if (name !== '') return provider.name === 'Mastodon' ? `@${name}@${url.host}` : `@${name}`
  }
  return page.hostname.replace(/^www\./, '')
}

const safeDecode = (authorUrl: string | undefined): string | undefined => {
  if (!authorUrl) return undefined
  try {
    decodeURIComponent(new URL(authorUrl).pathname)
    return authorUrl
  } catch {
    return undefined
  }
}

/**
 * Upload dates are read as UTC: Vimeo writes "2011-10-26 14:43:13" without saying which zone.
 * Undefined when absent or unreadable.
 */
const readUploadDate = (value: unknown): string | undefined => {
  const text = readText(value)
  if (!text) return undefined
  const iso = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/.test(text)
    ? `${text.replace(' ', 'T')}Z`
    : text
  const date = new Date(iso)
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString()
}

/**
 * One oEmbed answer as a Post card. The provider's HTML is never kept: the text is its title,
 * escaped by us, and the only thing read from the HTML is the player address, allowed only on
 * the provider's own player hosts. Throws `invalid-response` when the answer is not oEmbed.
 */
export const mapOembed = ({ data, page, provider, fetchedAt }: OembedMapInput): Post => {
  if (!isRecord(data)) throw invalid(provider, 'that is not a JSON object')
  const type = EMBED_TYPES.find((known) => known === data.type)
  if (!type)
    throw invalid(provider, 'without a valid `type` (it must be photo, video, link or rich)')
  if (!hasVersion(data.version)) throw invalid(provider, 'without the required `version` "1.0"')
  const photoUrl = readHttpUrl(data.url)
  if (type === 'photo' && !photoUrl)
    throw invalid(provider, 'of type photo without the http(s) `url` of its image')

  const title = readText(data.title)
  const description = readText(data.description)
  const providerName = readText(data.provider_name)
  const authorUrl = safeDecode(readHttpUrl(data.author_url))
  const thumbnail = readHttpUrl(data.thumbnail_url)
  const width = readDimension(data.width)
  const height = readDimension(data.height)

  const author: Author = {
    name: readText(data.author_name) ?? providerName ?? provider.name,
    handle: handleOf(authorUrl, provider, page),
    ...(authorUrl && { url: authorUrl }),
  }
  const text = [title, type === 'rich' ? description : undefined].filter(Boolean).join('\n\n')
  const media: Media[] =
    type === 'photo' && photoUrl
      ? [
          {
            kind: 'image',
            url: photoUrl,
            alt: '',
            ...(width && { width }),
            ...(height && { height }),
          },
        ]
      : []
  const providerUrl = readHttpUrl(data.provider_url)
  // Spotify also names its player in a non-standard `iframe_url`.
  const playerUrl = safePlayerUrl(
    iframeSrcFromHtml(data.html) ?? readText(data.iframe_url),
    provider.name,
  )
  const embed: PostEmbed = {
    type,
    provider: provider.name,
    ...(providerUrl && { providerUrl }),
    ...(playerUrl && { playerUrl }),
    ...(width && { width }),
    ...(height && { height }),
  }
  return {
    id: `oembed:${normalisePageUrl(page)}`,
    source: 'oembed',
    url: page.href,
    author,
    // oEmbed carries no publication date; only Vimeo sends `upload_date`. Otherwise the card is
    // dated when it was read, which is the only date we can vouch for.
    createdAt: readUploadDate(data.upload_date) ?? fetchedAt,
    fetchedAt,
    text,
    html: title ? `<p>${escapeHtml(title)}</p>` : '',
    media,
    card: {
      url: page.href,
      title: title ?? page.href,
      // A signed link that expires within hours would leave a stored story with a broken image.
      ...(thumbnail && !EXPIRING_URL.test(thumbnail) && { imageUrl: thumbnail }),
      siteName: providerName ?? provider.name,
    },
    embed,
    availability: { state: 'available' },
  }
}
