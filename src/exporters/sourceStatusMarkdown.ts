import type { Post, SourceCheck } from '../domain/post'
import type { RendererLocale } from '../renderers/rendererStrings'
import { authorLabel, checkDate, sourceStatusStrings } from '../renderers/post/sourceStatusStrings'
import { escapeMarkdown } from './markdown'

/** "Deleted at source on 25 November 2026" for a kept post; undefined when there is nothing to say. */
export const sourceStatusNote = (
  sourceCheck: SourceCheck | undefined,
  locale: RendererLocale,
): string | undefined => {
  if (sourceCheck?.state !== 'deleted' && sourceCheck?.state !== 'unavailable') return undefined
  const strings = sourceStatusStrings(locale)
  const date = checkDate(sourceCheck.checkedAt, locale)
  return sourceCheck.state === 'deleted' ? strings.deletedOn(date) : strings.unavailableOn(date)
}

/** The tombstone as a quoted line: who, and the link; nothing the post said or showed. */
export const tombstoneMarkdown = (
  post: Post,
  locale: RendererLocale,
  markdownTarget: string | undefined,
): string => {
  const strings = sourceStatusStrings(locale)
  const sentence = escapeMarkdown(strings.tombstone(authorLabel(post.author)))
  const link = markdownTarget ? ` [${escapeMarkdown(strings.viewOriginal)}](${markdownTarget})` : ''
  return `> *${sentence}*${link}`
}
