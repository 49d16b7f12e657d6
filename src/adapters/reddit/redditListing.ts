import type { Post } from '../../domain/post'
import { SourceError } from '../sourceError'
import { mapRedditComment } from './mapRedditComment'
import { mapRedditPost } from './mapRedditPost'
import { isObject, readText, type RawObject } from './redditFields'

/** The `{kind: 'Listing', data: {children, after}}` envelope, checked. */
interface Listing {
  children: { kind: string; data: RawObject }[]
  after?: string
}

const AFTER = /^t3_[a-z0-9]+$/i

export const readListing = (value: unknown, what: string): Listing => {
  if (!isObject(value) || value.kind !== 'Listing' || !isObject(value.data))
    throw new SourceError('invalid-response', `Reddit sent ${what} that is not a listing.`)
  const children = Array.isArray(value.data.children) ? (value.data.children as unknown[]) : []
  const after = readText(value.data.after)
  return {
    children: children.flatMap((child) =>
      isObject(child) && typeof child.kind === 'string' && isObject(child.data)
        ? [{ kind: child.kind, data: child.data }]
        : [],
    ),
    ...(after && AFTER.test(after) ? { after } : {}),
  }
}

/** Posts of a listing page (`new.json`, `search.json`), with the `after` cursor. */
export const listingPosts = (
  value: unknown,
  fetchedAt: string,
): { posts: Post[]; after?: string } => {
  const listing = readListing(value, 'a page')
  const posts = listing.children.flatMap((child) => {
    const post = child.kind === 't3' ? mapRedditPost(child.data, { fetchedAt }) : undefined
    return post ? [post] : []
  })
  return { posts, ...(listing.after ? { after: listing.after } : {}) }
}

/**
 * `/comments/<id>.json` answers `[Listing(t3), Listing(t1…)]`. Gives the post and, when asked,
 * its top-level comments (the `more` stubs would cost one request each and are left out).
 */
export const threadPosts = (value: unknown, fetchedAt: string, withComments: boolean): Post[] => {
  if (!Array.isArray(value) || value.length < 1)
    throw new SourceError(
      'invalid-response',
      'Reddit sent a thread that is not a pair of listings.',
    )
  const postListing = readListing(value[0], 'a thread')
  const first = postListing.children.find((child) => child.kind === 't3')
  const post = first ? mapRedditPost(first.data, { fetchedAt }) : undefined
  if (!post) throw new SourceError('not-found', 'Reddit sent a thread without its post.')
  if (!withComments || value.length < 2) return [post]
  const comments = readListing(value[1], 'comments').children.flatMap((child) => {
    const comment =
      child.kind === 't1' ? mapRedditComment(child.data, { fetchedAt, parent: post }) : undefined
    return comment ? [comment] : []
  })
  return [post, ...comments]
}
