import { Fragment } from 'react'
import type { Post, PostId } from '../../domain/post'
import type { Story } from '../../domain/story'
import { renderBlock } from '../blocks/blockRenderers'
import '../renderers.css'
import { rendererStrings, type RendererLocale } from '../rendererStrings'

export interface FeedRendererProps {
  story: Story
  posts: Readonly<Record<PostId, Post>>
  locale: RendererLocale
}

/** A story as one scrolling column: the live preview and the exported HTML page. */
export function FeedRenderer({ story, posts, locale }: FeedRendererProps) {
  return (
    <article className="story-feed">
      <header className="story-header">
        <h1 className="story-title">{story.title || rendererStrings(locale).untitledStory}</h1>
      </header>
      {story.blocks.map((block) => (
        <Fragment key={block.id}>{renderBlock(block, posts, locale)}</Fragment>
      ))}
    </article>
  )
}
