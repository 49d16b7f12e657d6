import type { ImportEvent } from './types'

/**
 * The buffers of a batch's media, to move to the main thread instead of copying them. Only a
 * buffer a file's bytes fill entirely is moved: a view into a shared buffer would take its
 * neighbours' bytes with it (and detach them).
 */
export const transferablesOf = (event: ImportEvent): ArrayBuffer[] => {
  if (event.type !== 'batch') return []
  const buffers = new Set<ArrayBuffer>()
  for (const file of event.batch.media) {
    const { buffer, byteOffset, byteLength } = file.bytes
    if (buffer instanceof ArrayBuffer && byteOffset === 0 && byteLength === buffer.byteLength)
      buffers.add(buffer)
  }
  return [...buffers]
}
