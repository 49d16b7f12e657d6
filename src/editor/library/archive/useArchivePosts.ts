import { useEffect, useState } from 'react'
import type { Post, PostId } from '../../../domain/post'
import { useArchiveServices } from './archiveServices'

const PAGE = 40

/** A post as read at a revision of the stored archives; null when it was gone. */
interface Loaded {
  post: Post | null
  revision: number
}

/**
 * The full posts for the rows a virtualised list shows, read a page at a time and kept: only
 * what is scrolled past is ever read from IndexedDB. When the archives change (`revision`), shown
 * posts are read again in place, so the list never blanks out.
 */
export const useArchivePosts = (
  ids: readonly PostId[],
  first: number,
  last: number,
  revision: number,
) => {
  const { store } = useArchiveServices()
  const [loaded, setLoaded] = useState<ReadonlyMap<PostId, Loaded>>(new Map())
  const firstPage = Math.floor(Math.max(0, first) / PAGE)
  const lastPage = Math.floor(Math.max(0, last) / PAGE)

  useEffect(() => {
    const wanted = ids
      .slice(firstPage * PAGE, (lastPage + 1) * PAGE)
      .filter((id) => loaded.get(id)?.revision !== revision)
    if (wanted.length === 0) return
    let current = true
    store.postsByIds(wanted).then(
      (posts) => {
        if (!current) return
        setLoaded((previous) => {
          const next = new Map(previous)
          // null marks a post gone since the search (forgotten in another tab): not asked again.
          for (const id of wanted) next.set(id, { post: null, revision })
          for (const post of posts) next.set(post.id, { post, revision })
          return next
        })
      },
      () => {},
    )
    return () => {
      current = false
    }
  }, [store, ids, firstPage, lastPage, loaded, revision])

  return loaded
}
