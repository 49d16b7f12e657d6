import type { ComposeTarget } from './composeLinks'
import { MESSAGE_LIMITS, messageLength } from './messageLength'

/** Where the mentions go in a message the curator wrote. */
export const MENTIONS_PLACEHOLDER = '{{mentions}}'

/** The message with these mentions in place (at its start when the curator removed the slot). */
export const fillMentions = (template: string, mentions: readonly string[]): string => {
  const joined = mentions.join(' ')
  return template.includes(MENTIONS_PLACEHOLDER)
    ? template.split(MENTIONS_PLACEHOLDER).join(joined)
    : `${joined} ${template}`.trim()
}

export interface MentionBatches {
  /** The messages to post, each within the network's limit, together mentioning everyone. */
  messages: string[]
  /** Mentions that cannot fit even alone with this message (shorten it to include them). */
  tooLong: string[]
}

/**
 * Splits mentions into as few messages as possible, in order, each fitting the network's limit
 * (greedy: a message takes mentions until the next one would not fit). A single mention that
 * does not fit with the text on its own is reported rather than silently cut.
 */
export const batchMentions = (
  target: ComposeTarget,
  template: string,
  mentions: readonly string[],
  limit: number = MESSAGE_LIMITS[target],
): MentionBatches => {
  const fits = (batch: readonly string[]) =>
    messageLength(target, fillMentions(template, batch)) <= limit
  const messages: string[] = []
  const tooLong: string[] = []
  let batch: string[] = []
  for (const mention of mentions) {
    if (fits([...batch, mention])) {
      batch.push(mention)
      continue
    }
    if (batch.length > 0) messages.push(fillMentions(template, batch))
    batch = []
    if (fits([mention])) batch.push(mention)
    else tooLong.push(mention)
  }
  if (batch.length > 0) messages.push(fillMentions(template, batch))
  return { messages, tooLong }
}
