import { cleanup, render } from '@testing-library/react'
import { renderToStaticMarkup } from 'react-dom/server'
import { afterEach, describe, expect, it } from 'vitest'
import type { Post } from '../../domain/post'
import { richTextFromPlainText } from '../../domain/richText'
import type { Story } from '../../domain/story'
import { findDangerousMarkup } from '../../lib/testDangerousMarkup'
import type { BlockRenderers } from '../blocks/blockRenderers'
import { fullPost, hostilePost, makeTestPost } from '../testPosts'
import { FeedRenderer } from './FeedRenderer'

afterEach(cleanup)

const story = (blocks: Story['blocks'], title = 'A day at the lake'): Story => ({
  id: 'story-1',
  title,
  blocks,
  createdAt: '2024-05-01T10:00:00.000Z',
  updatedAt: '2024-05-01T10:00:00.000Z',
})

const posts: Record<string, Post> = { 'mastodon:1': fullPost(), 'mastodon:2': makeTestPost('2') }

const allBlocks = story([
  { id: 'b1', type: 'section', title: 'Morning' },
  { id: 'b2', type: 'post', postId: 'mastodon:1' },
  { id: 'b3', type: 'text', content: richTextFromPlainText('Then it rained.') },
  { id: 'b4', type: 'post', postId: 'mastodon:404' },
  { id: 'b5', type: 'post', postId: 'constructor' },
  { id: 'b6', type: 'post', postId: 'mastodon:2' },
])

describe('FeedRenderer', () => {
  it('draws the story as an article with its title as the h1', () => {
    const { container } = render(<FeedRenderer story={allBlocks} posts={posts} locale="en" />)
    const feed = container.firstElementChild
    expect(feed?.tagName).toBe('ARTICLE')
    expect(feed?.className).toBe('story-feed')
    expect(feed?.querySelector(':scope > header > h1')?.textContent).toBe('A day at the lake')
  })

  it('maps every block type, in order', () => {
    const { container } = render(<FeedRenderer story={allBlocks} posts={posts} locale="en" />)
    const feed = container.firstElementChild as HTMLElement
    const kinds = Array.from(feed.children)
      .slice(1)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}`)
    expect(kinds).toEqual([
      'h2.story-section',
      'article.story-post',
      'div.story-text',
      'article.story-post',
      'article.story-post',
      'article.story-post',
    ])
    expect(feed.querySelector('h2.story-section')?.textContent).toBe('Morning')
    expect(feed.querySelector('.story-text p')?.textContent).toBe('Then it rained.')
    const articles = feed.querySelectorAll('article.story-post')
    expect(articles[0]?.querySelector('.post-card .post-body')?.textContent).toContain(
      'The lake froze overnight!',
    )
    expect(articles[3]?.querySelector('.post-body')?.textContent).toBe('Post 2')
  })

  it('shows a notice for a post id it does not hold, even one named like a prototype key', () => {
    const { container } = render(<FeedRenderer story={allBlocks} posts={posts} locale="en" />)
    const articles = container.querySelectorAll('article.story-post')
    for (const missing of [articles[1], articles[2]]) {
      expect(missing?.querySelector('.post-card')).toBeNull()
      expect(missing?.querySelector('.story-post-missing')?.textContent).toBe(
        'This post is missing from the story’s saved data.',
      )
    }
  })

  it('speaks French when asked', () => {
    const { container } = render(
      <FeedRenderer story={story(allBlocks.blocks, '')} posts={posts} locale="fr" />,
    )
    expect(container.querySelector('h1')?.textContent).toBe('Récit sans titre')
    expect(container.querySelector('.story-post-missing')?.textContent).toBe(
      'Ce message manque dans les données enregistrées du récit.',
    )
    expect(container.textContent).toContain('Voir l’original')
  })

  it('renders to static markup for exports', () => {
    const markup = renderToStaticMarkup(
      <FeedRenderer story={allBlocks} posts={posts} locale="en" />,
    )
    expect(markup.startsWith('<article class="story-feed"><header class="story-header"><h1')).toBe(
      true,
    )
    expect(markup).toContain('<h2 class="story-section">Morning</h2>')
    expect(markup).toContain('<div class="story-text"><p>Then it rained.</p></div>')
    expect(markup).toContain('class="post-card post-card--full" lang="en"')
    expect(markup).toContain('This post is missing from the story’s saved data.')
  })

  it('exports a story holding a hostile post with nothing dangerous in it', () => {
    const hostile = story([
      { id: 'h', type: 'post', postId: 'x' },
      {
        id: 't',
        type: 'text',
        content: {
          type: 'doc',
          content: [
            {
              type: 'paragraph',
              content: [
                {
                  type: 'text',
                  text: 'link',
                  marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }],
                },
              ],
            },
            { type: 'script', text: 'alert(1)' },
          ],
        },
      },
      { id: 's', type: 'section', title: '<img src=x onerror=alert(1)>' },
    ])
    const markup = renderToStaticMarkup(
      <FeedRenderer story={hostile} posts={{ x: hostilePost() }} locale="en" />,
    )
    expect(findDangerousMarkup(markup)).toEqual([])
    expect(markup).not.toMatch(/javascript:/i)
  })
})

describe('blockRenderers', () => {
  it('must handle every block type (checked by the compiler)', () => {
    // @ts-expect-error a mapping without `section` does not satisfy BlockRenderers
    const incomplete: BlockRenderers = { post: () => null, text: () => null }
    expect(Object.keys(incomplete)).toHaveLength(2)
  })
})
