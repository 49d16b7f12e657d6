/**
 * Every word the renderers show. They draw exported pages too, far from i18next, so the strings
 * live here as plain data chosen by a `locale` prop.
 */
import type { MediaKind, UnavailableReason } from '../domain/post'
import { embedStringsEn, embedStringsFr, type EmbedStrings } from './post/embedStrings'
import { slideStringsEn, slideStringsFr, type SlideStrings } from './slideshow/slideStrings'

export type RendererLocale = 'en' | 'fr'

export const RENDERER_LOCALES: readonly RendererLocale[] = ['en', 'fr']

export interface RendererStrings {
  locale: RendererLocale
  viewOriginal: string
  viewQuotedPost: string
  quotedPostBy: (handle: string) => string
  replyingTo: (handle: string) => string
  replyingToUnknown: string
  boostedBy: (name: string) => string
  contentWarning: string
  showContent: string
  hideContent: string
  sensitiveMediaShow: string
  sensitiveMediaHide: string
  edited: string
  /** e.g. "This post is no longer available at its source (deleted)". */
  postUnavailable: (reason: UnavailableReason) => string
  quoteUnavailable: (reason: UnavailableReason) => string
  reasons: Record<UnavailableReason, string>
  missingPost: string
  metrics: string
  replies: (n: number) => string
  reposts: (n: number) => string
  likes: (n: number) => string
  quotes: (n: number) => string
  media: Record<MediaKind, string>
  noDescription: string
  /** Shown under a media item whose description the curator wrote, not the author. */
  curatorDescription: string
  mediaRefused: (kind: MediaKind) => string
  /** An exported copy could not get the file (offline, gone, no CORS): the placeholder says so. */
  mediaMissing: (kind: MediaKind) => string
  /** The foot of an exported page, e.g. "Exported with Storyloom on 1 May 2024". */
  exportedOn: (date: string) => string
  linkRefused: string
  /** The disclosure label on a post whose author or network says it is paid for. */
  sponsored: string
  untitledStory: string
  sourceLabel: (source: string) => string
  formatDate: (iso: string) => string
  formatNumber: (n: number) => string
  slides: SlideStrings
  /** Link embed cards (oEmbed). */
  embed: EmbedStrings
}

// Intl objects are costly to build and a feed formats hundreds of dates: keep one per locale.
const dateFormatters = new Map<RendererLocale, Intl.DateTimeFormat>()
const numberFormatters = new Map<RendererLocale, Intl.NumberFormat>()

const dateFormatter = (locale: RendererLocale): Intl.DateTimeFormat => {
  let formatter = dateFormatters.get(locale)
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' })
    dateFormatters.set(locale, formatter)
  }
  return formatter
}

const numberFormatter = (locale: RendererLocale): Intl.NumberFormat => {
  let formatter = numberFormatters.get(locale)
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, { notation: 'compact' })
    numberFormatters.set(locale, formatter)
  }
  return formatter
}

/** A snapshot's date is data from elsewhere: an unparsable one is shown as written, not thrown. */
const formatDateIn =
  (locale: RendererLocale) =>
  (iso: string): string => {
    const date = new Date(iso)
    return Number.isNaN(date.getTime()) ? iso : dateFormatter(locale).format(date)
  }

const formatNumberIn =
  (locale: RendererLocale) =>
  (n: number): string =>
    numberFormatter(locale).format(n)

const KNOWN_SOURCES: Record<string, string> = {
  mastodon: 'Mastodon',
  bluesky: 'Bluesky',
  rss: 'RSS',
  hackernews: 'Hacker News',
  reddit: 'Reddit',
  twitter: 'Twitter',
  linkedin: 'LinkedIn',
  oembed: 'oEmbed',
}

const capitalise = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1)

const sourceLabelIn =
  (sample: string) =>
  (source: string): string =>
    source === 'sample' ? sample : (KNOWN_SOURCES[source.toLowerCase()] ?? capitalise(source))

/** English: singular for exactly one. */
const pluralEn =
  (one: string, many: string) =>
  (n: number): string =>
    n === 1 ? `1 ${one}` : `${formatNumberIn('en')(n)} ${many}`

/** French: 0 and 1 take the singular. */
const pluralFr =
  (one: string, many: string) =>
  (n: number): string =>
    `${formatNumberIn('fr')(n)} ${n < 2 ? one : many}`

const reasonsEn: Record<UnavailableReason, string> = {
  deleted: 'deleted',
  revoked: 'the author removed the quote',
  blocked: 'blocked',
  'not-found': 'not found',
  private: 'private',
  detached: 'the quoted author detached it',
  unknown: 'reason unknown',
}

const reasonsFr: Record<UnavailableReason, string> = {
  deleted: 'supprimé',
  revoked: 'l’auteur a retiré la citation',
  blocked: 'bloqué',
  'not-found': 'introuvable',
  private: 'privé',
  detached: 'l’auteur cité l’a détachée',
  unknown: 'raison inconnue',
}

const mediaEn: Record<MediaKind, string> = {
  image: 'Image',
  video: 'Video',
  gifv: 'GIF',
  audio: 'Audio',
}

const mediaFr: Record<MediaKind, string> = {
  image: 'Image',
  video: 'Vidéo',
  gifv: 'GIF',
  audio: 'Audio',
}

// French past participles agree with the kind's gender.
const mediaRefusedFr: Record<MediaKind, string> = {
  image: 'Image non affichée',
  video: 'Vidéo non affichée',
  gifv: 'GIF non affiché',
  audio: 'Audio non affiché',
}

const mediaMissingFr: Record<MediaKind, string> = {
  image: 'Image non incluse',
  video: 'Vidéo non incluse',
  gifv: 'GIF non inclus',
  audio: 'Audio non inclus',
}

const en: RendererStrings = {
  locale: 'en',
  viewOriginal: 'View original',
  viewQuotedPost: 'View quoted post',
  quotedPostBy: (handle) => `Quoted post by ${handle}`,
  replyingTo: (handle) => `Replying to ${handle}`,
  replyingToUnknown: 'Replying to a post',
  boostedBy: (name) => `Boosted by ${name}`,
  contentWarning: 'Content warning',
  showContent: 'Show content',
  hideContent: 'Hide content',
  sensitiveMediaShow: 'Sensitive media — show',
  sensitiveMediaHide: 'Sensitive media — hide',
  edited: 'Edited',
  postUnavailable: (reason) =>
    `This post is no longer available at its source (${reasonsEn[reason] ?? reasonsEn.unknown})`,
  quoteUnavailable: (reason) =>
    `The quoted post is no longer available (${reasonsEn[reason] ?? reasonsEn.unknown})`,
  reasons: reasonsEn,
  missingPost: 'This post is missing from the story’s saved data.',
  metrics: 'Reactions',
  replies: pluralEn('reply', 'replies'),
  reposts: pluralEn('repost', 'reposts'),
  likes: pluralEn('like', 'likes'),
  quotes: pluralEn('quote', 'quotes'),
  media: mediaEn,
  noDescription: 'No description',
  curatorDescription: 'Description by the curator',
  mediaRefused: (kind) => `${mediaEn[kind]} not shown: its address is not allowed`,
  mediaMissing: (kind) => `${mediaEn[kind]} not included: the file could not be retrieved`,
  exportedOn: (date) => `Exported with Storyloom on ${date}`,
  linkRefused: 'Link not shown: its address is not allowed',
  sponsored: 'Sponsored',
  untitledStory: 'Untitled story',
  sourceLabel: sourceLabelIn('Sample'),
  formatDate: formatDateIn('en'),
  formatNumber: formatNumberIn('en'),
  slides: slideStringsEn,
  embed: embedStringsEn,
}

const fr: RendererStrings = {
  locale: 'fr',
  viewOriginal: 'Voir l’original',
  viewQuotedPost: 'Voir le message cité',
  quotedPostBy: (handle) => `Message cité de ${handle}`,
  replyingTo: (handle) => `En réponse à ${handle}`,
  replyingToUnknown: 'En réponse à un message',
  boostedBy: (name) => `Partagé par ${name}`,
  contentWarning: 'Avertissement',
  showContent: 'Afficher le contenu',
  hideContent: 'Masquer le contenu',
  sensitiveMediaShow: 'Média sensible — afficher',
  sensitiveMediaHide: 'Média sensible — masquer',
  edited: 'Modifié',
  postUnavailable: (reason) =>
    `Ce message n’est plus disponible à sa source (${reasonsFr[reason] ?? reasonsFr.unknown})`,
  quoteUnavailable: (reason) =>
    `Le message cité n’est plus disponible (${reasonsFr[reason] ?? reasonsFr.unknown})`,
  reasons: reasonsFr,
  missingPost: 'Ce message manque dans les données enregistrées du récit.',
  metrics: 'Réactions',
  replies: pluralFr('réponse', 'réponses'),
  reposts: pluralFr('partage', 'partages'),
  likes: pluralFr('j’aime', 'j’aime'),
  quotes: pluralFr('citation', 'citations'),
  media: mediaFr,
  noDescription: 'Sans description',
  curatorDescription: 'Description ajoutée par la curatrice ou le curateur',
  mediaRefused: (kind) => `${mediaRefusedFr[kind]}\u00a0: son adresse n’est pas autorisée`,
  mediaMissing: (kind) => `${mediaMissingFr[kind]}\u00a0: le fichier n’a pas pu être récupéré`,
  exportedOn: (date) => `Exporté avec Storyloom le ${date}`,
  linkRefused: 'Lien non affiché\u00a0: son adresse n’est pas autorisée',
  sponsored: 'Sponsorisé',
  untitledStory: 'Récit sans titre',
  sourceLabel: sourceLabelIn('Exemple'),
  formatDate: formatDateIn('fr'),
  formatNumber: formatNumberIn('fr'),
  slides: slideStringsFr,
  embed: embedStringsFr,
}

const STRINGS: Record<RendererLocale, RendererStrings> = { en, fr }

/** The strings for a locale; anything unexpected falls back to English rather than crashing. */
export const rendererStrings = (locale: RendererLocale): RendererStrings => STRINGS[locale] ?? en
