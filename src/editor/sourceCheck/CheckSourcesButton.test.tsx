import { fireEvent, render, screen } from '@testing-library/react'
import { beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { SourceAdapter } from '../../adapters/types'
import { initI18n } from '../../i18n/i18n'
import { makeTestPost } from '../../renderers/testPosts'
import { addPostToStory } from '../../store/actions/blockActions'
import { editorStore } from '../../store/editorStore'
import { resetEditorStore } from '../../test/resetEditorStore'
import type { SourceCheckDeps } from './checkPostSources'
import { CheckSourcesButton } from './CheckSourcesButton'

beforeAll(async () => {
  await initI18n()
})

const adapter: SourceAdapter = {
  id: 'mastodon',
  label: 'Mastodon',
  defaultServer: 'https://x.example',
  queryKinds: [],
  matchesUrl: () => false,
  search: async () => ({ posts: [] }),
  resolveUrl: async () => {
    throw new Error('unused')
  },
  recheck: async (post) => (post.id === 'gone' ? { state: 'deleted' } : { state: 'live', post }),
}

const deps: SourceCheckDeps = {
  adapterFor: async (source) => (source === 'mastodon' ? adapter : undefined),
  contextFor: (_adapter, signal) => ({ fetch, settings: { server: '' }, signal }),
}

describe('CheckSourcesButton', () => {
  beforeEach(() => resetEditorStore())

  it('checks every post of the story, sums it up and writes each status', async () => {
    addPostToStory(makeTestPost('kept'))
    addPostToStory(makeTestPost('gone'))
    addPostToStory(makeTestPost('sample', { source: 'sample' }))
    render(<CheckSourcesButton deps={deps} />)
    fireEvent.click(screen.getByRole('button', { name: 'Check sources' }))
    const summary = await screen.findByText(
      /^1 live, 0 edited, 1 deleted, 0 unavailable · 1 cannot be checked/,
    )
    expect(summary.getAttribute('role')).toBe('status')
    const posts = editorStore.getState().posts
    expect(posts.gone?.sourceCheck?.state).toBe('deleted')
    expect(posts.kept?.sourceCheck?.state).toBe('live')
    expect(posts.sample?.sourceCheck).toBeUndefined()
  })

  it('says when the story has no posts', async () => {
    render(<CheckSourcesButton deps={deps} />)
    fireEvent.click(screen.getByRole('button', { name: 'Check sources' }))
    const status = await screen.findByText('This story has no posts to check.')
    expect(status.getAttribute('role')).toBe('status')
  })
})
