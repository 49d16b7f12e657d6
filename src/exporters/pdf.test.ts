import { PDFDocument } from 'pdf-lib'
import { describe, expect, it } from 'vitest'
import { A4_PT, documentPdf, handoutPdf } from './pdf'

// A 1×1 PNG: capture cannot run under happy-dom, and the PDF only places the images it is given.
const PNG_BYTES = Uint8Array.from(
  atob(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  ),
  (char) => char.charCodeAt(0),
)
const png = () => new Blob([PNG_BYTES], { type: 'image/png' })
const meta = { title: 'Launch night', language: 'fr', now: new Date('2024-05-01T10:00:00Z') }
// updateMetadata: false, or pdf-lib writes its own producer over ours while reading.
const read = (bytes: Uint8Array) => PDFDocument.load(bytes, { updateMetadata: false })
const sizes = (pdf: PDFDocument) =>
  pdf.getPages().map((page) => {
    const { width, height } = page.getSize()
    return [Math.round(width * 100) / 100, Math.round(height * 100) / 100]
  })

describe('handoutPdf', () => {
  it('has one page per slide, each the size of the slide', async () => {
    const pdf = await read(
      await handoutPdf([png(), png(), png()], { width: 1920, height: 1080 }, meta),
    )
    expect(pdf.getPageCount()).toBe(3)
    expect(sizes(pdf)).toEqual([
      [1440, 810],
      [1440, 810],
      [1440, 810],
    ])
  })

  it('sizes portrait pages from portrait slides and carries the metadata', async () => {
    const pdf = await read(await handoutPdf([png()], { width: 1080, height: 1350 }, meta))
    expect(sizes(pdf)).toEqual([[810, 1012.5]])
    expect(pdf.getTitle()).toBe('Launch night')
    expect(pdf.getProducer()).toBe('Storyloom')
    expect(pdf.getCreator()).toBe('Storyloom')
    expect(pdf.getCreationDate()?.toISOString()).toBe('2024-05-01T10:00:00.000Z')
  })
})

describe('documentPdf', () => {
  it('puts each feed strip on an A4 page', async () => {
    const strips = [
      { image: png(), height: 1000 },
      { image: png(), height: 400 },
    ]
    const pdf = await read(await documentPdf(strips, '#f4f2ee', meta))
    expect(pdf.getPageCount()).toBe(2)
    expect(sizes(pdf)).toEqual([
      [A4_PT.width, A4_PT.height],
      [A4_PT.width, A4_PT.height],
    ])
    expect(pdf.getTitle()).toBe('Launch night')
    expect(pdf.getProducer()).toBe('Storyloom')
  })
})
