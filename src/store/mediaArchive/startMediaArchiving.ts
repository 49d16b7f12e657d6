import { detectRelay } from '../../adapters/relayAccess'
import type { RelayAccess } from '../../adapters/types'
import type { Post, PostId } from '../../domain/post'
import { editorStore } from '../editorStore'
import { archivePostMedia } from './archivePostMedia'
import { mediaArchiveStore } from './mediaArchiveStore'

let relayDetection: Promise<RelayAccess | undefined> | undefined
const relayOnce = () => (relayDetection ??= detectRelay((url, init) => window.fetch(url, init)))

/**
 * Archives the images of every post that enters the document, however it came (library,
 * drag, pasted link, imported story, undo): one subscription instead of a call in each path.
 * The posts present when it starts are archived too, so stories made before the archive
 * existed fill it on their next online opening. Fire-and-forget: adding never waits for it.
 */
export const startMediaArchiving = (): (() => void) => {
  let seen: Readonly<Record<PostId, Post>> = {}
  const archiveNew = (posts: Readonly<Record<PostId, Post>>) => {
    if (posts === seen) return
    const fresh = Object.keys(posts)
      .filter((id) => !Object.hasOwn(seen, id) || seen[id] !== posts[id])
      .map((id) => posts[id]!)
    seen = posts
    if (fresh.length === 0) return
    void archivePostMedia(fresh, {
      store: mediaArchiveStore,
      fetch: (url, init) => window.fetch(url, init),
      relay: relayOnce,
    })
  }
  archiveNew(editorStore.getState().posts)
  return editorStore.subscribe((state) => archiveNew(state.posts))
}
