/** The part of an idb transaction an atomic write needs; tests wrap a real one. */
export interface WritableTransaction {
  readonly done: Promise<void>
  readonly error: DOMException | null
  abort(): void
  commit?: () => void
}

/**
 * Runs `issue`, which must issue its requests synchronously (a transaction closes once the
 * task ends) and hand each request's promise to `track`. All the requests commit, or none
 * does: when issuing throws, the transaction is aborted, undoing the requests already made.
 *
 * Resolves with the errors met (empty on success), most specific first, once the
 * transaction has finished. It never rejects, and every request promise gets a handler, so
 * an aborted write cannot leave an unhandled rejection behind.
 */
export const writeAtomically = async (
  tx: WritableTransaction,
  issue: (track: (request: Promise<unknown>) => void) => void,
): Promise<unknown[]> => {
  const pending: Promise<unknown>[] = [tx.done]
  let thrown: unknown
  try {
    issue((request) => pending.push(request))
    // Asks the browser to commit now rather than when the task ends: it matters on pagehide.
    tx.commit?.()
  } catch (error) {
    thrown = error ?? new Error('The write failed.')
    try {
      tx.abort()
    } catch {
      // Already aborted by the failure itself: nothing left to undo.
    }
  }
  const settled = await Promise.allSettled(pending)
  const rejected = settled.flatMap((result) =>
    result.status === 'rejected' ? [result.reason] : [],
  )
  if (thrown === undefined && rejected.length === 0) return []
  return [thrown, tx.error, ...rejected].filter((error) => error !== undefined && error !== null)
}
