import type { FeedMedia } from './feedModel'
import { resolveFeedUrl } from './resolveFeedUrl'
import { attr, child, childText, children, numberAttr } from './xmlNode'
import { defined } from './defined'

/**
 * Media RSS (`xmlns:media="http://search.yahoo.com/mrss/"`): `media:content` and
 * `media:thumbnail` on an item, or grouped in `media:group` as YouTube does.
 */
export interface MediaRss {
  media: FeedMedia[]
  thumbnails: FeedMedia[]
  /** `media:description` (plain text): YouTube's only video description. */
  description?: string
  title?: string
}

const thumbnail = (node: unknown, base: string | undefined): FeedMedia | undefined => {
  const url = resolveFeedUrl(attr(node, 'url'), base)
  return url
    ? { url, width: numberAttr(node, 'width'), height: numberAttr(node, 'height') }
    : undefined
}

const readLevel = (node: unknown, base: string | undefined): MediaRss => {
  const thumbnails = children(node, 'media:thumbnail')
    .map((item) => thumbnail(item, base))
    .filter(defined)
  const media = children(node, 'media:content')
    .map((item): FeedMedia | undefined => {
      const url = resolveFeedUrl(attr(item, 'url'), base)
      if (!url) return undefined
      return {
        url,
        medium: attr(item, 'medium')?.toLowerCase(),
        mimeType: attr(item, 'type')?.toLowerCase(),
        width: numberAttr(item, 'width'),
        height: numberAttr(item, 'height'),
        description: childText(item, 'media:description') ?? childText(item, 'media:title'),
        thumbnailUrl: thumbnail(child(item, 'media:thumbnail'), base)?.url,
      }
    })
    .filter(defined)
  return {
    media,
    thumbnails,
    description: childText(node, 'media:description'),
    title: childText(node, 'media:title'),
  }
}

export const readMediaRss = (item: unknown, base: string | undefined): MediaRss => {
  const levels = [item, ...children(item, 'media:group')].map((node) => readLevel(node, base))
  return {
    media: levels.flatMap((level) => level.media),
    thumbnails: levels.flatMap((level) => level.thumbnails),
    description: levels.map((level) => level.description).find(defined),
    title: levels.map((level) => level.title).find(defined),
  }
}
