import type { Post, SourceCheck } from '../post'

export type SourceChange = NonNullable<SourceCheck['changes']>[number]

/** Spaces and line breaks differ between renderings of the same text; they are no edit. */
const normalizedText = (text: string | undefined) => (text ?? '').replace(/\s+/g, ' ').trim()

/** Media are the same when the same kinds sit in the same order with the same descriptions. */
const mediaSignature = (post: Post) =>
  (post.media ?? [])
    .map((media) => `${media.kind}\u0000${normalizedText(media.alt)}`)
    .join('\u0001')

/**
 * What the source shows now against the snapshot the story keeps: `live` when nothing a reader
 * sees differs, else `edited` with the parts that changed (and the text as it now reads). Media
 * addresses are not compared: servers move files without any edit by the author.
 */
export const compareSnapshots = (snapshot: Post, fresh: Post, checkedAt: string): SourceCheck => {
  const changes: SourceChange[] = []
  if (normalizedText(snapshot.text) !== normalizedText(fresh.text)) changes.push('text')
  if (mediaSignature(snapshot) !== mediaSignature(fresh)) changes.push('media')
  if (normalizedText(snapshot.contentWarning) !== normalizedText(fresh.contentWarning))
    changes.push('contentWarning')
  if (changes.length === 0) return { state: 'live', checkedAt }
  return {
    state: 'edited',
    checkedAt,
    changes,
    ...(changes.includes('text') ? { currentText: fresh.text } : {}),
  }
}
