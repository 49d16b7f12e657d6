import { isArchiveMediaUrl } from '../../domain/archiveMediaUrl'
import type { Post } from '../../domain/post'

const isHttpUrl = (url: string | undefined): url is string =>
  typeof url === 'string' && /^https?:\/\//i.test(url) && !isArchiveMediaUrl(url)

/**
 * Every image a post shows: its pictures, the stills of its videos and sounds, the author's
 * avatar, the link card's image, and the same of the post it quotes. Only http(s) addresses:
 * `archive-media:` files are already in this browser, `data:` ones are in the post itself.
 */
export const postImageUrls = (post: Post): string[] => {
  const urls = new Set<string>()
  const add = (url: string | undefined) => {
    if (isHttpUrl(url)) urls.add(url)
  }
  const visit = (current: Post) => {
    add(current.author?.avatarUrl)
    for (const media of current.media ?? []) {
      if (media.kind === 'image') add(media.url)
      add(media.previewUrl)
    }
    add(current.card?.imageUrl)
    if (current.quote?.state === 'available') visit(current.quote.post)
  }
  visit(post)
  return [...urls]
}
