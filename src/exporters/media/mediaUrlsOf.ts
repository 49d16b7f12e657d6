import type { Post } from '../../domain/post'

/** Every image or video a story shows for these posts: avatars, media, posters, cards, quotes. */
export const mediaUrlsOf = (posts: Iterable<Post>): string[] => {
  const urls = new Set<string>()
  const visit = (post: Post) => {
    if (post.author.avatarUrl) urls.add(post.author.avatarUrl)
    if (post.repostedBy?.avatarUrl) urls.add(post.repostedBy.avatarUrl)
    for (const media of post.media) {
      urls.add(media.url)
      if (media.previewUrl) urls.add(media.previewUrl)
    }
    if (post.card?.imageUrl) urls.add(post.card.imageUrl)
    if (post.quote?.state === 'available') visit(post.quote.post)
  }
  for (const post of posts) visit(post)
  return [...urls]
}
