import type { Post } from '../../domain/post'
import { didOfAtUri } from './atUri'
import { isPostView, mapPostView } from './mapPostView'
import type { RawBlockedPost, RawThreadNode, RawThreadViewPost } from './rawTypes'
import { unavailablePost } from './unavailablePost'

export type ThreadMode = 'thread' | 'author-thread'

/** Hostile answers could nest without end or loop through `parent`: stop well past real threads. */
const MAX_NODES = 2000

type Node =
  | { kind: 'post'; node: RawThreadViewPost }
  | { kind: 'not-found' | 'blocked'; uri: string; did?: string }

const classify = (node: unknown): Node | undefined => {
  if (typeof node !== 'object' || node === null) return undefined
  const raw = node as RawThreadNode & { $type?: string }
  if (raw.$type === 'app.bsky.feed.defs#notFoundPost' || ('notFound' in raw && raw.notFound))
    return typeof raw.uri === 'string' ? { kind: 'not-found', uri: raw.uri } : undefined
  if (raw.$type === 'app.bsky.feed.defs#blockedPost' || ('blocked' in raw && raw.blocked)) {
    const did = (raw as RawBlockedPost).author?.did
    return typeof raw.uri === 'string'
      ? { kind: 'blocked', uri: raw.uri, did: typeof did === 'string' ? did : undefined }
      : undefined
  }
  const post = (raw as RawThreadViewPost).post
  return isPostView(post) ? { kind: 'post', node: raw as RawThreadViewPost } : undefined
}

const authorOf = (node: Node): string | undefined =>
  node.kind === 'post' ? node.node.post?.author?.did : (node.did ?? didOfAtUri(node.uri))

const uriOf = (node: Node): string | undefined =>
  node.kind === 'post' ? node.node.post?.uri : node.uri

const ancestorsOf = (focal: Node): Node[] => {
  const ancestors: Node[] = []
  let current = focal.kind === 'post' ? classify(focal.node.parent) : undefined
  while (current && ancestors.length < MAX_NODES) {
    ancestors.unshift(current)
    current = current.kind === 'post' ? classify(current.node.parent) : undefined
  }
  return ancestors
}

/**
 * A `getPostThread` answer as an ordered list: the parents from the root down, the post, then
 * the replies depth-first in the order the AppView gave them. In `author-thread` mode only the
 * root author's own chain is kept: their posts above, and below only their replies to themselves.
 * Posts the AppView could not show (`notFoundPost`, `blockedPost`) stay in place as unavailable
 * Posts, since a thread with a silent gap would misrepresent the conversation.
 */
export const flattenThread = (
  thread: unknown,
  options: { mode: ThreadMode; fetchedAt: string },
): Post[] => {
  const focal = classify(thread)
  if (!focal) return []
  const ancestors = ancestorsOf(focal)
  const rootAuthor = authorOf(ancestors[0] ?? focal)
  const keep = (node: Node) => options.mode === 'thread' || authorOf(node) === rootAuthor
  const seen = new Set<string>()
  const posts: Post[] = []

  const emit = (node: Node, parent: Node | undefined) => {
    const uri = uriOf(node)
    if (uri === undefined || seen.has(uri) || seen.size >= MAX_NODES) return false
    seen.add(uri)
    const post =
      node.kind === 'post'
        ? mapPostView(node.node.post ?? {}, {
            fetchedAt: options.fetchedAt,
            reply: { parent: parent?.kind === 'post' ? parent.node.post : undefined },
          })
        : unavailablePost(node.uri, node.kind, options.fetchedAt)
    if (post) posts.push(post)
    return true
  }

  const descend = (node: Node) => {
    if (node.kind !== 'post' || !Array.isArray(node.node.replies)) return
    if (options.mode === 'author-thread' && authorOf(node) !== rootAuthor) return
    for (const reply of node.node.replies) {
      const child = classify(reply)
      if (child && keep(child) && emit(child, node)) descend(child)
    }
  }

  ancestors.forEach((node, index) => {
    if (keep(node)) emit(node, ancestors[index - 1])
  })
  emit(focal, ancestors.at(-1))
  descend(focal)
  return posts
}
