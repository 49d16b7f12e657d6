import type { Post, PostId } from '../domain/post'
import { blobToDataUrl } from './media/blobToDataUrl'
import { collectMedia } from './media/collectMedia'
import { mediaUrlsOf } from './media/mediaUrlsOf'
import { fetchableUrls, preparePageMedia } from './media/pageMedia'
import type { ExportInput } from './types'

/**
 * A picture cannot play: a video or GIF becomes its poster frame, labelled with its
 * description; audio, and a video without a poster, become a "not included" placeholder.
 */
export const stillPost = (post: Post): Post => ({
  ...post,
  media: post.media.map((media) => {
    if (media.kind === 'image') return media
    if (media.kind !== 'audio' && media.previewUrl)
      return { ...media, kind: 'image', url: media.previewUrl, previewUrl: undefined }
    return { ...media, url: '', previewUrl: undefined }
  }),
  ...(post.quote?.state === 'available'
    ? { quote: { state: 'available' as const, post: stillPost(post.quote.post) } }
    : {}),
})

/**
 * The posts with every picture as a `data:` URL, fetched once before anything is drawn, so a
 * host without CORS can never taint the canvas: its bytes are used when they could be had,
 * else the renderers draw a labelled placeholder.
 */
export const postsWithPictures = async (
  posts: Readonly<Record<PostId, Post>>,
  input: Pick<ExportInput, 'fetchMedia' | 'signal' | 'onProgress'>,
): Promise<Record<PostId, Post>> => {
  const stills: Record<PostId, Post> = {}
  for (const [id, post] of Object.entries(posts)) stills[id] = stillPost(post)
  const blobs = await collectMedia(
    fetchableUrls(mediaUrlsOf(Object.values(stills))),
    input.fetchMedia,
    { signal: input.signal, onProgress: input.onProgress },
  )
  const nonce = crypto.randomUUID().replace(/-/g, '').slice(0, 12)
  const media = preparePageMedia(stills, blobs, nonce)
  const resolved = new Map<number, string>()
  for (const file of media.files) resolved.set(file.index, await blobToDataUrl(file.blob))
  // Tokens sit in string fields only, and data URLs hold nothing JSON escapes.
  return JSON.parse(media.replaceTokens(JSON.stringify(media.posts), resolved)) as Record<
    PostId,
    Post
  >
}
