import type { Author, Media, Post } from '../../domain/post'
import { httpUrl, piecesToHtml, piecesToText } from '../richTextHtml'
import { displayTextFor, tweetPieces, type RawTweetEntities } from './tweetText'

interface RawTweetMedia {
  type?: string
  media_url_https?: string
  media_url?: string
  ext_alt_text?: string
  sizes?: { large?: { w?: unknown; h?: unknown } }
  video_info?: { variants?: { bitrate?: unknown; content_type?: string; url?: string }[] }
}

export interface RawTweet {
  id_str?: string
  full_text?: string
  created_at?: string
  lang?: string
  favorite_count?: unknown
  retweet_count?: unknown
  possibly_sensitive?: boolean
  in_reply_to_status_id_str?: string
  in_reply_to_screen_name?: string
  entities?: RawTweetEntities & {
    user_mentions?: { screen_name?: string; name?: string; id_str?: string; indices?: unknown[] }[]
  }
  extended_entities?: { media?: RawTweetMedia[] }
}

export interface TweetMappingContext {
  fetchedAt: string
  owner: Author
  /** `data/tweets_media/` in the zip, or undefined when only tweets.js was chosen. */
  mediaDir: string | undefined
  has(path: string): boolean
  /** Records a media file of the archive that a post points at, and returns its URL. */
  keepMedia(path: string): string
}

const X = 'https://x.com'
/** Twitter's pseudo-languages: hashtags only, media only, no text, undetermined… */
const NOT_A_LANGUAGE = new Set(['und', 'qme', 'qst', 'zxx', 'qam', 'qht', 'qct', 'art', 'in'])
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
const CREATED_AT = /^\w{3} (\w{3}) (\d{2}) (\d{2}):(\d{2}):(\d{2}) ([+-])(\d{2})(\d{2}) (\d{4})$/

/** `Thu Nov 03 08:50:26 +0000 2022` as ISO 8601, without trusting Date's lenient parser. */
export const parseTweetDate = (value: unknown): string | undefined => {
  const match = typeof value === 'string' ? CREATED_AT.exec(value) : null
  if (!match) return undefined
  const [, month, day, hour, minute, second, sign, offsetH, offsetM, year] = match
  const monthIndex = MONTHS.indexOf(month ?? '')
  if (monthIndex < 0) return undefined
  // Archives write UTC: the ISO form is a rearrangement (cheaper than Date on 400,000 tweets).
  if (
    offsetH === '00' &&
    offsetM === '00' &&
    Number(hour) < 24 &&
    Number(minute) < 60 &&
    Number(second) < 60 &&
    Number(day) <= 31
  )
    return `${year}-${String(monthIndex + 1).padStart(2, '0')}-${day}T${hour}:${minute}:${second}.000Z`
  const offset = (sign === '-' ? -1 : 1) * (Number(offsetH) * 60 + Number(offsetM))
  const utc =
    Date.UTC(Number(year), monthIndex, Number(day), Number(hour), Number(minute), Number(second)) -
    offset * 60_000
  return Number.isNaN(utc) ? undefined : new Date(utc).toISOString()
}

const count = (value: unknown): number | undefined => {
  const number = Number(value)
  return Number.isInteger(number) && number >= 0 ? number : undefined
}

const basename = (url: string) => url.replace(/[?#].*$/, '').slice(url.lastIndexOf('/') + 1)

const statusUrl = (screenName: string | undefined, id: string) =>
  screenName ? `${X}/${encodeURIComponent(screenName)}/status/${id}` : `${X}/i/web/status/${id}`

const mapMedia = (
  tweetId: string,
  item: RawTweetMedia,
  context: TweetMappingContext,
): Media | undefined => {
  const archived = (remoteUrl: string | undefined) => {
    if (!remoteUrl || context.mediaDir === undefined) return undefined
    const path = `${context.mediaDir}${tweetId}-${basename(remoteUrl)}`
    return context.has(path) ? context.keepMedia(path) : undefined
  }
  const still = httpUrl(item.media_url_https) ?? httpUrl(item.media_url)
  const large = item.sizes?.large
  const size =
    count(large?.w) && count(large?.h) ? { width: Number(large?.w), height: Number(large?.h) } : {}
  const alt = typeof item.ext_alt_text === 'string' ? item.ext_alt_text : ''
  if (item.type === 'video' || item.type === 'animated_gif') {
    const mp4s = (item.video_info?.variants ?? [])
      .filter((variant) => variant.content_type === 'video/mp4' && httpUrl(variant.url))
      .sort((a, b) => (count(b.bitrate) ?? 0) - (count(a.bitrate) ?? 0))
    const inArchive = mp4s.map((variant) => archived(variant.url)).find((url) => url !== undefined)
    const url = inArchive ?? httpUrl(mp4s[0]?.url)
    if (!url) return undefined
    const preview = archived(still) ?? still
    return {
      kind: item.type === 'animated_gif' ? 'gifv' : 'video',
      url,
      ...(preview ? { previewUrl: preview } : {}),
      alt,
      ...size,
      mimeType: 'video/mp4',
    }
  }
  const url = archived(still) ?? still
  if (!url) return undefined
  return { kind: 'image', url, alt, ...size }
}

const RETWEET_PREFIX = /^RT @(\w{1,15}): /

/**
 * One tweet of the archive as a Post. Retweets are only recognisable by their `RT @user: `
 * prefix: the post is shown as the original author's (known by the mention), marked as reposted
 * by the archive's owner, with the text as the archive has it (often truncated with `…`).
 */
export const mapTweet = (raw: unknown, context: TweetMappingContext): Post | undefined => {
  const tweet = (
    typeof raw === 'object' && raw !== null && 'tweet' in raw ? raw.tweet : raw
  ) as RawTweet
  const id = tweet?.id_str
  const fullText = tweet?.full_text
  if (typeof id !== 'string' || !/^\d+$/.test(id) || typeof fullText !== 'string') return undefined
  const createdAt = parseTweetDate(tweet.created_at)
  const entities = tweet.entities ?? {}
  const retweet = RETWEET_PREFIX.exec(fullText)
  const retweeted = retweet
    ? entities.user_mentions?.find(
        (mention) => mention.screen_name?.toLowerCase() === retweet[1]?.toLowerCase(),
      )
    : undefined
  const pieces = tweetPieces(fullText, entities, retweet ? Array.from(retweet[0]).length : 0)
  const display = displayTextFor(entities)
  const htmlPieces = pieces.map((piece) => {
    const short = piece.href ? display.get(piece.href) : undefined
    return short ? { ...piece, text: short } : piece
  })
  const ownerName = context.owner.handle.replace(/^@/, '') || undefined
  const retweetedName = retweet?.[1]
  const author: Author = retweetedName
    ? {
        name: retweeted?.name ?? retweetedName,
        handle: `@${retweetedName}`,
        url: `${X}/${retweetedName}`,
        ...(retweeted?.id_str ? { id: retweeted.id_str } : {}),
      }
    : context.owner
  const media = (tweet.extended_entities?.media ?? entities.media ?? [])
    .map((item) => mapMedia(id, item as RawTweetMedia, context))
    .filter((item): item is Media => item !== undefined)
  const likes = count(tweet.favorite_count)
  const reposts = count(tweet.retweet_count)
  const language = tweet.lang && !NOT_A_LANGUAGE.has(tweet.lang) ? tweet.lang : undefined
  const replyId = tweet.in_reply_to_status_id_str
  const replyName = tweet.in_reply_to_screen_name
  const post: Post = {
    id: `twitter:${id}`,
    source: 'twitter',
    url: statusUrl(ownerName, id),
    author,
    createdAt: createdAt ?? context.fetchedAt,
    fetchedAt: context.fetchedAt,
    text: piecesToText(pieces),
    html: piecesToHtml(htmlPieces),
    ...(language ? { language } : {}),
    media,
    ...(likes !== undefined || reposts !== undefined
      ? {
          metrics: {
            ...(likes !== undefined ? { likes } : {}),
            ...(reposts !== undefined ? { reposts } : {}),
          },
        }
      : {}),
    ...(tweet.possibly_sensitive === true ? { sensitive: true } : {}),
    ...(replyId && /^\d+$/.test(replyId)
      ? {
          replyTo: {
            url: statusUrl(replyName, replyId),
            ...(replyName ? { authorHandle: `@${replyName}` } : {}),
          },
        }
      : {}),
    ...(retweetedName ? { repostedBy: context.owner } : {}),
    availability: { state: 'available' },
    sourceRef: id,
  }
  return post
}

export const mediaKeyFor = (path: string) => `twitter:${path}`
