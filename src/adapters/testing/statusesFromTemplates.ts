/**
 * Test support: many distinct Mastodon statuses made from a few recorded ones, so that a long
 * simulated timeline still runs the mapping code on real payload shapes.
 */
import type { RawStatus } from '../mastodon/rawTypes'

/** Mastodon ids are snowflakes: milliseconds since the epoch shifted left 16 bits, plus a sequence. */
const snowflake = (millis: number, sequence: number): string =>
  ((BigInt(millis) << 16n) + BigInt(sequence % 65_536)).toString()

/**
 * `count` statuses, newest first, with ids and times that strictly descend (as a tag timeline
 * lists them). Each copies a template in turn and gets its own id, `uri` and `url` on the
 * template's own server, so every one maps to a distinct post.
 */
export const statusesFromTemplates = (
  templates: readonly RawStatus[],
  count: number,
  options: { newestAt: string; spacingMs?: number },
): RawStatus[] => {
  if (templates.length === 0) throw new Error('statusesFromTemplates needs at least one template.')
  const newest = Date.parse(options.newestAt)
  const spacing = options.spacingMs ?? 37_000
  return Array.from({ length: count }, (_, index) => {
    const template = templates[index % templates.length] as RawStatus
    const createdAt = newest - index * spacing
    const id = snowflake(createdAt, index)
    const host = new URL(template.uri ?? 'https://mastodon.social/').host
    const username = template.account?.username ?? 'someone'
    return {
      ...structuredClone(template),
      id,
      created_at: new Date(createdAt).toISOString(),
      uri: `https://${host}/users/${username}/statuses/${id}`,
      url: `https://${host}/@${username}/${id}`,
    }
  })
}
