import { describe, expect, it } from 'vitest'
import { buildExportDocument, parseExportDocument, type ExportDocument } from './exportDocument'
import { SCHEMA_VERSION } from './schema'
import { makeStoredStory, NOW } from './testArbitraries'

const validDocument = (): ExportDocument => {
  const { story, posts } = makeStoredStory()
  return buildExportDocument(
    story,
    posts,
    { 'https://x.example/a.png': 'data:image/png;base64,aGk=' },
    NOW,
  )
}

const text = (value: unknown) => JSON.stringify(value)

describe('parseExportDocument', () => {
  it('reads back what buildExportDocument wrote', () => {
    const document = validDocument()
    expect(parseExportDocument(text(document))).toEqual({ ok: true, value: document })
  })

  it.each([
    ['an empty file', '', 'empty'],
    ['blank space', ' \n ', 'empty'],
    ['text that is not JSON', 'story: lake', 'not-json'],
    ['truncated JSON', text(validDocument()).slice(0, 200), 'not-json'],
    ['an HTML page', '<!doctype html><html><body>Hi</body></html>', 'html'],
    ['an HTML page with a byte-order mark', '\uFEFF  <html lang="en">', 'html'],
    ['a JSON array', '[1, 2]', 'not-storyloom'],
    ['a JSON string', '"storyloom-story"', 'not-storyloom'],
    ['another app’s JSON', text({ name: 'x', version: 3 }), 'not-storyloom'],
    ['a workspace backup', text({ stories: {}, posts: {} }), 'workspace-backup'],
  ])('names %s', (_label, input, problem) => {
    expect(parseExportDocument(input)).toMatchObject({ ok: false, problem })
  })

  it('refuses a file from a newer version, naming its version', () => {
    const newer = { ...validDocument(), schemaVersion: SCHEMA_VERSION + 1 }
    expect(parseExportDocument(text(newer))).toEqual({
      ok: false,
      problem: 'newer',
      version: SCHEMA_VERSION + 1,
    })
  })

  it('names the post a post block refers to when the file does not hold it', () => {
    const document = validDocument()
    const broken = { ...document, posts: {} }
    expect(parseExportDocument(text(broken))).toEqual({
      ok: false,
      problem: 'broken-reference',
      detail: 'sample:1',
    })
  })

  it.each([
    ['a bad date', (d: ExportDocument) => ({ ...d, exportedAt: 'yesterday' }), 'exportedAt'],
    ['no version', (d: ExportDocument) => ({ ...d, schemaVersion: '1' }), 'schema version'],
    [
      'media that is not a data URL',
      (d: ExportDocument) => ({ ...d, media: { a: 'https://evil.example/x.png' } }),
      'data: URL',
    ],
    [
      'a block of an unknown type',
      (d: ExportDocument) => ({
        ...d,
        story: { ...d.story, blocks: [{ id: 'x', type: 'poll' }] },
      }),
      'story.blocks',
    ],
  ])('calls a file with %s invalid, saying where', (_label, change, where) => {
    const result = parseExportDocument(text(change(validDocument())))
    expect(result).toMatchObject({ ok: false, problem: 'invalid' })
    if (result.ok) throw new Error('expected a failure')
    expect(result.detail).toContain(where)
  })

  it('upgrades an older file through the migration table', () => {
    const document = validDocument()
    const { title, ...story } = document.story
    const old = { ...document, schemaVersion: 0, story: { ...story, name: title } }
    const result = parseExportDocument(text(old), {
      0: (doc) => {
        const { name, ...rest } = doc.story as Record<string, unknown>
        return { ...doc, story: { ...rest, title: name } }
      },
    })
    expect(result).toEqual({ ok: true, value: document, migratedFrom: 0 })
  })

  it('says so when no upgrade exists from an old version', () => {
    expect(parseExportDocument(text({ ...validDocument(), schemaVersion: 0 }))).toMatchObject({
      ok: false,
      problem: 'invalid',
      detail: 'No upgrade exists from version 0.',
    })
  })

  it('keeps only the posts the story shows', () => {
    const { story, posts } = makeStoredStory()
    const document = buildExportDocument(story, { ...posts, other: posts['sample:1']! }, {}, NOW)
    expect(Object.keys(document.posts)).toEqual(['sample:1'])
  })
})
