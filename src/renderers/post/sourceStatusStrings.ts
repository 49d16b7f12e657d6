import type { RendererLocale } from '../rendererStrings'

/** The words of a post's source status, in exports too (see rendererStrings). */
export interface SourceStatusStrings {
  deletedOn: (date: string) => string
  unavailableOn: (date: string) => string
  tombstone: (author: string) => string
  viewOriginal: string
}

const en: SourceStatusStrings = {
  deletedOn: (date) => `Deleted at source on ${date}`,
  unavailableOn: (date) => `Unavailable at source on ${date}`,
  tombstone: (author) => `A post by ${author} was deleted at its source.`,
  viewOriginal: 'Original link',
}

const fr: SourceStatusStrings = {
  deletedOn: (date) => `Supprimée à la source le ${date}`,
  unavailableOn: (date) => `Indisponible à la source le ${date}`,
  tombstone: (author) => `Une publication de ${author} a été supprimée à sa source.`,
  viewOriginal: 'Lien d’origine',
}

export const sourceStatusStrings = (locale: RendererLocale): SourceStatusStrings =>
  locale === 'fr' ? fr : en

/** "Léa Martin (@lea@example.social)", or the handle alone when there is no name. */
export const authorLabel = (author: { name: string; handle: string }): string =>
  author.name.trim() && author.name.trim() !== author.handle
    ? `${author.name.trim()} (${author.handle})`
    : author.handle

/** The check date, the same in every time zone. */
export const checkDate = (iso: string, locale: RendererLocale): string => {
  const time = Date.parse(iso)
  return Number.isFinite(time)
    ? new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(time)
    : iso
}
