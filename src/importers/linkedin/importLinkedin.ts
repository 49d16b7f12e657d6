import Papa from 'papaparse'
import type { Author, Post } from '../../domain/post'
import { malformed } from '../archiveImportError'
import { readText, type ArchiveFiles } from '../archiveFiles'
import type { ImportContext } from '../importContext'
import { httpUrl, plainTextToHtml } from '../richTextHtml'

type Row = Record<string, string | undefined>

/**
 * LinkedIn writes a multi-line commentary with each line wrapped in its own quotes, which a
 * correct CSV parser hands back as `first"⏎"middle"⏎"last`: the stray quotes are removed line by
 * line, only when every line carries them.
 */
export const unwrapCommentaryLines = (value: string): string => {
  const lines = value.split(/\r?\n/)
  if (lines.length < 2) return value
  const wrapped = lines.every(
    (line, index) =>
      (index === 0 || line.startsWith('"')) && (index === lines.length - 1 || line.endsWith('"')),
  )
  if (!wrapped) return value
  return lines
    .map((line, index) => {
      let out = line
      if (index > 0) out = out.slice(1)
      if (index < lines.length - 1) out = out.slice(0, -1)
      return out
    })
    .join('\n')
}

/** `2025-07-01 14:33:22`, which LinkedIn writes in UTC. */
const parseDate = (value: string | undefined): string | undefined => {
  const match = value ? /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}:\d{2})$/.exec(value.trim()) : null
  if (!match) return undefined
  const time = Date.parse(`${match[1]}T${match[2]}Z`)
  return Number.isNaN(time) ? undefined : new Date(time).toISOString()
}

const parseCsv = (text: string, path: string): Row[] => {
  const result = Papa.parse<Row>(text, { header: true, skipEmptyLines: true })
  const fatal = result.errors.find((error) => error.type === 'Quotes')
  if (fatal)
    throw malformed(
      'linkedin',
      `${path} is not valid CSV: ${fatal.message} (row ${fatal.row ?? '?'}).`,
    )
  return result.data
}

const ownerFrom = (rows: Row[] | undefined): Author => {
  const row = rows?.[0]
  const name = [row?.['First Name'], row?.['Last Name']].filter(Boolean).join(' ')
  return { name, handle: '' }
}

const nativeIdOf = (shareLink: string | undefined, date: string | undefined, text: string) => {
  const urn = shareLink
    ? /urn(?::|%3A)li(?::|%3A)[a-zA-Z]+(?::|%3A)\d+/.exec(shareLink)?.[0]
    : undefined
  return urn ? decodeURIComponent(urn) : `${date ?? ''}-${text.length}-${text.slice(0, 32)}`
}

/** LinkedIn's `Shares.csv`: the owner's posts, their shared link as a card. */
export const importLinkedin = async (
  context: ImportContext,
  archive: { files: ArchiveFiles; shares: string; profile?: string },
): Promise<void> => {
  const { files } = archive
  const rows = parseCsv(await readText(files, archive.shares), archive.shares)
  if (rows.length > 0 && !('ShareCommentary' in (rows[0] ?? {})))
    throw malformed(
      'linkedin',
      `${archive.shares} has no ShareCommentary column: expected Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility.`,
    )
  const author = ownerFrom(
    archive.profile ? parseCsv(await readText(files, archive.profile), archive.profile) : undefined,
  )
  context.sink.phase = 'parsing'
  for (const row of rows) {
    const text = unwrapCommentaryLines(row.ShareCommentary ?? '').trim()
    const url = httpUrl(row.ShareLink)
    const sharedUrl = httpUrl(row.SharedUrl)
    if (text === '' && !sharedUrl) continue
    const createdAt = parseDate(row.Date)
    const post: Post = {
      id: `linkedin:${nativeIdOf(row.ShareLink, createdAt, text)}`,
      source: 'linkedin',
      url: url ?? '',
      author,
      createdAt: createdAt ?? context.fetchedAt,
      fetchedAt: context.fetchedAt,
      text,
      html: plainTextToHtml(text),
      media: [],
      ...(sharedUrl ? { card: { url: sharedUrl, title: sharedUrl } } : {}),
      availability: { state: 'available' },
      ...(url ? { sourceRef: url } : {}),
    }
    context.sink.addPost(post)
  }
}
