import type { RawLabel, RawSelfLabels } from './rawTypes'

/** Bluesky's adult-content and graphic-media labels: media behind them is blurred by default. */
const SENSITIVE = new Set(['porn', 'sexual', 'nudity', 'graphic-media', 'gore'])

/** Set on a profile by its owner: "do not show me to logged-out viewers". */
export const NO_UNAUTHENTICATED = '!no-unauthenticated'

export interface LabelSummary {
  labels: string[]
  sensitive: boolean
  /** English, short; the UI translates known warnings. Absent when nothing is sensitive. */
  contentWarning?: string
}

const labelValues = (labels: unknown): string[] =>
  Array.isArray(labels)
    ? labels
        .filter((label: RawLabel) => typeof label?.val === 'string' && label.neg !== true)
        .map((label: RawLabel) => label.val as string)
    : []

const selfLabelValues = (selfLabels: RawSelfLabels | undefined): string[] =>
  Array.isArray(selfLabels?.values)
    ? selfLabels.values
        .map((value) => value?.val)
        .filter((value): value is string => typeof value === 'string')
    : []

/**
 * The labels of a post, from moderation services (`post.labels`) and from its author
 * (`record.labels`, self-labels), deduplicated, with what they mean for display.
 */
export const summarizeLabels = (
  postLabels: unknown,
  selfLabels: RawSelfLabels | undefined,
): LabelSummary => {
  const values = [...labelValues(postLabels), ...selfLabelValues(selfLabels)]
    .map((value) => value.trim())
    .filter((value) => value !== '' && value.length <= 128)
  const labels = [...new Set(values)]
  const sensitive = labels.filter((label) => SENSITIVE.has(label))
  return sensitive.length === 0
    ? { labels, sensitive: false }
    : { labels, sensitive: true, contentWarning: `Sensitive media: ${sensitive.join(', ')}` }
}

/** Whether an author's own labels ask to be hidden from logged-out viewers. */
export const hidesFromLoggedOut = (authorLabels: unknown): boolean =>
  labelValues(authorLabels).includes(NO_UNAUTHENTICATED)
