import { createContext } from 'react'

/**
 * True where the renderers draw a picture of the story rather than a page to use: PNG and PDF
 * captures mount live React, yet nothing in them can be clicked, so they draw no controls.
 */
export const StaticRenderContext = createContext(false)
