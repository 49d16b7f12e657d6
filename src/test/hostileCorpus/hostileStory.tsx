/**
 * Test support for issue 8: a whole story whose every string (title, section, commentary text
 * and link, a post with every field) is one vector of the hostile corpus, and the editor's
 * "Import story" steps. Each path's test has its own file: happy-dom keeps much of what a
 * vector made it parse, and one worker could not hold every path's renders.
 */
import { Fragment } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import type { Block } from '../../domain/block'
import { prepareImportedStory } from '../../domain/importedStory'
import type { Post } from '../../domain/post'
import type { Story } from '../../domain/story'
import { renderBlock } from '../../renderers/blocks/blockRenderers'
import { parseExportDocument } from '../../domain/exportDocument'
import { makeTestPost } from '../../renderers/testPosts'
import type { CorpusRun } from './corpusChecks'
import type { HostileVector } from './hostileCorpus'

export const NOW = '2026-11-26T00:00:00.000Z'

/** A story whose every string is the payload; with `hostileUrls`, every link and media too. */
export const hostileStory = (payload: string, hostileUrls: boolean) => {
  const url = (safe: string) => (hostileUrls ? payload : safe)
  const post: Post = makeTestPost('hostile', {
    url: url('https://ok.example/p/1'),
    html: payload,
    text: payload,
    contentWarning: payload,
    author: {
      name: payload,
      handle: payload,
      url: url('https://ok.example/@a'),
      avatarUrl: url('https://files.example/a.png'),
    },
    media: [
      {
        kind: 'image',
        url: url('https://files.example/m.png'),
        previewUrl: url('https://files.example/s.png'),
        alt: payload,
      },
    ],
    card: {
      url: url('https://ok.example/card'),
      title: payload,
      description: payload,
      imageUrl: url('https://files.example/c.png'),
    },
    replyTo: { url: url('https://ok.example/p/0'), authorHandle: payload },
  })
  const blocks: Block[] = [
    { id: 's', type: 'section', title: payload },
    { id: 'p', type: 'post', postId: post.id },
    {
      id: 't',
      type: 'text',
      content: {
        type: 'doc',
        content: [
          { type: 'heading', attrs: { level: 3 }, content: [{ type: 'text', text: payload }] },
          {
            type: 'paragraph',
            content: [
              { type: 'text', text: payload },
              {
                type: 'text',
                text: 'link',
                marks: [{ type: 'link', attrs: { href: url('https://ok.example/l') } }],
              },
            ],
          },
        ],
      },
    },
  ]
  const story: Story = {
    id: 'story',
    title: payload,
    createdAt: NOW,
    updatedAt: NOW,
    blocks,
  }
  return { story, posts: { [post.id]: post } }
}

export const renderStory = (story: Story, posts: Record<string, Post>) =>
  renderToStaticMarkup(
    <>
      <h1>{story.title}</h1>
      {story.blocks.map((block) => (
        <Fragment key={block.id}>{renderBlock(block, posts, 'en')}</Fragment>
      ))}
    </>,
  )

export const VARIANTS = [
  [false, 'text fields'],
  [true, 'URL fields'],
] as const

/** Import story: the same steps as the editor's "Import story" button. */
export const importAndRender = (
  run: CorpusRun,
  vector: HostileVector,
  field: string,
  text: string,
) => {
  const parsed = parseExportDocument(text)
  if (!parsed.ok) return parsed.problem
  const { story, posts } = prepareImportedStory(parsed.value.story, parsed.value.posts, {}, NOW)
  run.check(vector, field, renderStory(story, posts))
  return 'imported'
}
