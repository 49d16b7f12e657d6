import type { ReactNode } from 'react'
import type { Block, BlockOf, BlockType } from '../../domain/block'
import type { Post, PostId } from '../../domain/post'
import { PostCard } from '../post/PostCard'
import { rendererStrings, type RendererLocale } from '../rendererStrings'
import { RichText } from './RichText'
import { SectionHeading } from './SectionHeading'

export interface BlockRendererProps<K extends BlockType> {
  block: BlockOf<K>
  posts: Readonly<Record<PostId, Post>>
  locale: RendererLocale
}

export type BlockRenderers = {
  [K in BlockType]: (props: BlockRendererProps<K>) => ReactNode
}

/** Own keys only: a post id such as `constructor` must not find Object.prototype's. */
const lookupPost = (posts: Readonly<Record<PostId, Post>>, id: PostId): Post | undefined =>
  Object.hasOwn(posts, id) ? posts[id] : undefined

/** `satisfies` makes a new block type a compile error here until it is drawn. */
export const blockRenderers = {
  post: ({ block, posts, locale }) => {
    const post = lookupPost(posts, block.postId)
    return (
      <article className="story-post">
        {post ? (
          <PostCard post={post} locale={locale} />
        ) : (
          <p className="post-notice story-post-missing" role="note" lang={locale}>
            {rendererStrings(locale).missingPost}
          </p>
        )}
      </article>
    )
  },
  // Speaker notes are for the presenter: readers of the feed never see them.
  text: ({ block }) =>
    block.notes === true ? null : (
      <div className="story-text">
        <RichText doc={block.content} />
      </div>
    ),
  section: ({ block }) => <SectionHeading title={block.title} />,
} satisfies BlockRenderers

/** Draws any block through the mapping; the cast only restates what `block.type` guarantees. */
export const renderBlock = (
  block: Block,
  posts: Readonly<Record<PostId, Post>>,
  locale: RendererLocale,
): ReactNode => {
  const render = blockRenderers[block.type] as (props: BlockRendererProps<BlockType>) => ReactNode
  return render({ block, posts, locale })
}
