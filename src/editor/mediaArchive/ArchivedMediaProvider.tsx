import { useContext, useEffect, useMemo, type ReactNode } from 'react'
import { MediaUrlResolverContext } from '../../renderers/media/MediaUrlResolver'
import { mediaArchiveStore } from '../../store/mediaArchive/mediaArchiveStore'
import { createArchivedMediaResolver } from './archivedMediaResolver'

const readArchived = (url: string) => mediaArchiveStore.blob(url)

/**
 * Lets every post the editor shows draw the copies of its images kept when it entered a story,
 * so a story opened offline shows them all. Sits inside ArchiveMediaProvider, which it asks
 * for `archive-media:` addresses.
 */
export const ArchivedMediaProvider = ({
  children,
  readBlob = readArchived,
}: {
  children: ReactNode
  readBlob?: (url: string) => Promise<Blob | undefined>
}) => {
  const parent = useContext(MediaUrlResolverContext)
  const resolver = useMemo(() => createArchivedMediaResolver(readBlob, parent), [readBlob, parent])
  // Disposing revokes the object URLs; the resolver stays usable and reads again when watched.
  useEffect(() => () => resolver.dispose(), [resolver])
  return <MediaUrlResolverContext value={resolver}>{children}</MediaUrlResolverContext>
}
