import type { PngEncodeAnswer } from './pngEncode.worker'

export interface PngEncoder {
  /** The canvas as PNG bytes; the canvas may be reused or dropped as soon as this returns. */
  encode(canvas: HTMLCanvasElement): Promise<Blob>
  dispose(): void
}

const NOT_ENCODED = 'The browser could not turn the slide into a PNG image.'

const encodeHere = (canvas: HTMLCanvasElement) =>
  new Promise<Blob>((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error(NOT_ENCODED))), 'image/png'),
  )

/** Encodes on the main thread: where workers or OffscreenCanvas are missing (and in tests). */
const mainThreadEncoder: PngEncoder = { encode: encodeHere, dispose: () => undefined }

/**
 * One encoding worker for one export. Pictures go to it as ImageBitmaps, transferred rather
 * than copied, so the main thread is free to draw the next slide meanwhile.
 */
export const openPngEncoder = (): PngEncoder => {
  if (
    typeof Worker === 'undefined' ||
    typeof OffscreenCanvas === 'undefined' ||
    typeof createImageBitmap === 'undefined'
  )
    return mainThreadEncoder
  const worker = new Worker(new URL('./pngEncode.worker.ts', import.meta.url), { type: 'module' })
  const waiting = new Map<number, { resolve(blob: Blob): void; reject(error: Error): void }>()
  let nextId = 0
  worker.onmessage = (event: MessageEvent<PngEncodeAnswer>) => {
    const answer = event.data
    const pending = waiting.get(answer.id)
    waiting.delete(answer.id)
    if ('blob' in answer) pending?.resolve(answer.blob)
    else pending?.reject(new Error(`${NOT_ENCODED} ${answer.error}`))
  }
  worker.onerror = (event) => {
    event.preventDefault()
    for (const pending of waiting.values()) pending.reject(new Error(NOT_ENCODED))
    waiting.clear()
  }
  return {
    async encode(canvas) {
      const bitmap = await createImageBitmap(canvas)
      const id = nextId++
      return new Promise<Blob>((resolve, reject) => {
        waiting.set(id, { resolve, reject })
        worker.postMessage({ id, bitmap }, [bitmap])
      })
    },
    dispose() {
      worker.terminate()
      for (const pending of waiting.values()) pending.reject(new Error(NOT_ENCODED))
      waiting.clear()
    },
  }
}
