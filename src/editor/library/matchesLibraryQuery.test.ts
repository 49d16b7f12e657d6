import { describe, expect, it } from 'vitest'
import { SAMPLE_POSTS } from '../../sample/samplePosts'
import { matchesLibraryQuery } from './matchesLibraryQuery'

describe('matchesLibraryQuery', () => {
  const post = SAMPLE_POSTS[0]!

  it('matches everything when the query is blank', () => {
    expect(matchesLibraryQuery(post, '   ')).toBe(true)
  })

  it('matches the author handle and name, ignoring case and accents', () => {
    expect(matchesLibraryQuery(post, post.author.handle.toUpperCase())).toBe(true)
    expect(
      matchesLibraryQuery(post, post.author.name.normalize('NFD').replace(/\p{Diacritic}/gu, '')),
    ).toBe(true)
  })

  it('requires every word', () => {
    const firstWord = post.text.split(/\s+/)[0]!
    expect(matchesLibraryQuery(post, firstWord)).toBe(true)
    expect(matchesLibraryQuery(post, `${firstWord} zzzz-not-there`)).toBe(false)
  })

  it('narrows the sample library by hashtag', () => {
    const matches = SAMPLE_POSTS.filter((candidate) =>
      matchesLibraryQuery(candidate, '#partenariat'),
    )
    expect(matches.length).toBeGreaterThan(0)
    expect(matches.length).toBeLessThan(SAMPLE_POSTS.length)
  })
})
