import { useEffect, useState, type ReactNode } from 'react'
import { MediaUrlResolverContext } from '../../../renderers/media/MediaUrlResolver'
import { archiveMediaBlob } from './archiveMedia'
import { createArchiveMediaResolver } from './archiveMediaResolver'

/** Lets every post the editor shows (library, story, preview) draw media kept from archives. */
export const ArchiveMediaProvider = ({
  children,
  readBlob = archiveMediaBlob,
}: {
  children: ReactNode
  readBlob?: (url: string) => Promise<Blob | undefined>
}) => {
  const [resolver] = useState(() => createArchiveMediaResolver(readBlob))
  useEffect(() => () => resolver.dispose(), [resolver])
  return <MediaUrlResolverContext value={resolver}>{children}</MediaUrlResolverContext>
}
