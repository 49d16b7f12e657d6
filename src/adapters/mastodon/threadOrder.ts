import { readArray, readId } from './fieldReaders'
import type { RawContext, RawStatus } from './rawTypes'

/**
 * A thread in reading order. Mastodon sends `ancestors` from the root down and `descendants`
 * depth first, so the focused status belongs between them.
 */
export const threadInReadingOrder = (status: RawStatus, context: RawContext): RawStatus[] => [
  ...readArray(context.ancestors),
  status,
  ...readArray(context.descendants),
]

/**
 * The root author's own chain: their statuses that answer their own statuses, from the root
 * on. Replies by others, and the author's replies to others, are left out.
 */
export const rootAuthorChain = (thread: RawStatus[]): RawStatus[] => {
  const root = thread[0]
  const authorId = readId(root?.account?.id)
  const rootId = readId(root?.id)
  if (!root || !authorId || !rootId) return root ? [root] : []
  const inChain = new Set([rootId])
  const chain = [root]
  for (const status of thread.slice(1)) {
    const id = readId(status.id)
    const parentId = readId(status.in_reply_to_id)
    if (!id || !parentId || readId(status.account?.id) !== authorId) continue
    if (!inChain.has(parentId)) continue
    inChain.add(id)
    chain.push(status)
  }
  return chain
}
