/// <reference lib="webworker" />
/**
 * Compresses slide pictures to PNG off the main thread. Encoding a 1080×1350 slide takes about
 * 30 ms of one core: here it runs beside the drawing of the next slide, on the other core.
 */
export interface PngEncodeRequest {
  id: number
  bitmap: ImageBitmap
}

export type PngEncodeAnswer = { id: number; blob: Blob } | { id: number; error: string }

const scope = self as unknown as DedicatedWorkerGlobalScope

scope.onmessage = async (event: MessageEvent<PngEncodeRequest>) => {
  const { id, bitmap } = event.data
  try {
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height)
    const context = canvas.getContext('bitmaprenderer')
    if (!context) throw new Error('This browser cannot draw pictures in the background.')
    context.transferFromImageBitmap(bitmap)
    const blob = await canvas.convertToBlob({ type: 'image/png' })
    scope.postMessage({ id, blob } satisfies PngEncodeAnswer)
  } catch (error) {
    scope.postMessage({
      id,
      error: error instanceof Error ? error.message : String(error),
    } satisfies PngEncodeAnswer)
  }
}
