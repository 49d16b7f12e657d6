import { toCanvas } from 'html-to-image'
import type { ReactElement } from 'react'
import { createElement } from 'react'
import { flushSync } from 'react-dom'
import { createRoot, type Root } from 'react-dom/client'
import { StaticRenderContext } from '../renderers/staticRender'
import { captureStyleProperties } from './captureStyleProperties'
import { slideFontCss, subsetsFor } from './fonts/fontFaceCss'
import { assertCanvasFits } from './pngCanvasLimit'
import { openPngEncoder } from './pngEncoder'

/**
 * A hidden stage in the current document where exports draw with the editor's own renderers
 * (and stylesheets) before html-to-image copies the pixels. It sits far off-screen rather than
 * hidden: `visibility` or `display` would be copied into the capture too.
 */
export interface CaptureStage {
  /** Renders `element` synchronously and returns the stage's first child element. */
  render(element: ReactElement): HTMLElement
  /** Waits for pictures and fonts, so the capture never shows a half-loaded slide. */
  settle(node: HTMLElement): Promise<void>
  capture(node: HTMLElement, size: { width: number; height: number }): Promise<Blob>
  /**
   * Copies the node's pixels now and compresses them in the background: the stage is free for
   * the next slide as soon as this resolves, while `encoded` is still on its way.
   */
  draw(
    node: HTMLElement,
    size: { width: number; height: number },
  ): Promise<{ encoded: Promise<Blob> }>
  dispose(): void
}

export interface CaptureStageOptions {
  pixelRatio: number
  /** All the text the captures will show: picks the font subsets to embed. */
  text: string
  signal?: AbortSignal
}

export const openCaptureStage = async ({
  pixelRatio,
  text,
  signal,
}: CaptureStageOptions): Promise<CaptureStage> => {
  // Built once per export: html-to-image then never scans the page's fonts per slide.
  const fontEmbedCSS = await slideFontCss(subsetsFor(text), { signal })
  const host = document.createElement('div')
  host.setAttribute('aria-hidden', 'true')
  host.setAttribute('inert', '')
  host.className = 'capture-stage'
  Object.assign(host.style, {
    position: 'fixed',
    top: '0',
    left: '-100000px',
    pointerEvents: 'none',
    contain: 'layout style',
  })
  // The same faces in this document, so what is measured here (fitSlide) matches the capture.
  const fonts = document.createElement('style')
  fonts.textContent = fontEmbedCSS
  const mount = document.createElement('div')
  host.append(fonts, mount)
  document.body.append(host)
  const root: Root = createRoot(mount)
  const encoder = openPngEncoder()

  const draw: CaptureStage['draw'] = async (node, { width, height }) => {
    assertCanvasFits(width, height, pixelRatio)
    signal?.throwIfAborted()
    const canvas = await toCanvas(node, {
      width,
      height,
      pixelRatio,
      fontEmbedCSS,
      includeStyleProperties: captureStyleProperties(node),
      // Never scale down quietly: assertCanvasFits has already refused what would not fit.
      skipAutoScale: true,
      cacheBust: false,
    })
    const encoded = encoder.encode(canvas)
    // Awaited later by the caller; until then a failure must not count as unhandled.
    encoded.catch(() => undefined)
    return { encoded }
  }

  return {
    render(element) {
      flushSync(() =>
        root.render(createElement(StaticRenderContext.Provider, { value: true }, element)),
      )
      const node = mount.firstElementChild
      if (!(node instanceof HTMLElement)) throw new Error('The export drew nothing to capture.')
      return node
    },
    async settle(node) {
      const images = Array.from(node.querySelectorAll('img'))
      for (const image of images) image.loading = 'eager'
      await Promise.all(images.map((image) => image.decode().catch(() => undefined)))
      await document.fonts.ready
    },
    async capture(node, size) {
      const { encoded } = await draw(node, size)
      return encoded
    },
    draw,
    dispose() {
      encoder.dispose()
      root.unmount()
      host.remove()
    },
  }
}

/** Lets the page paint and take input between two captures, so a long export stays responsive. */
export const yieldToBrowser = () => new Promise<void>((resolve) => setTimeout(resolve, 0))
