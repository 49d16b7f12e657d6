import type { PostMetrics } from '../domain/post'

/** A count as networks send it: a whole number, never negative; anything else is unknown. */
const countOf = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : undefined

/** The counts a network gave, keeping only the ones that are real numbers; none at all is undefined. */
export const postMetricsOf = (raw: Record<keyof PostMetrics, unknown>): PostMetrics | undefined => {
  const metrics: PostMetrics = {}
  for (const key of ['replies', 'reposts', 'likes', 'quotes'] as const) {
    const value = countOf(raw[key])
    if (value !== undefined) metrics[key] = value
  }
  return Object.keys(metrics).length > 0 ? metrics : undefined
}
