import { describe, expect, it } from 'vitest'
import { batchMentions, fillMentions } from './batchMentions'
import { graphemeLength, messageLength, xWeightedLength } from './messageLength'

const handles = (count: number, length: number) =>
  Array.from({ length: count }, (_, index) => `@${String(index).padStart(length - 1, 'u')}`)

describe('fillMentions', () => {
  it('puts the mentions in the slot, or at the start when the slot was removed', () => {
    expect(fillMentions('Hello {{mentions}}, thanks!', ['@a', '@b'])).toBe('Hello @a @b, thanks!')
    expect(fillMentions('Thanks!', ['@a'])).toBe('@a Thanks!')
  })
})

describe('message lengths', () => {
  it('Bluesky counts graphemes: a family emoji and a decomposed é are one each', () => {
    expect(graphemeLength('👨‍👩‍👧e\u0301')).toBe(2)
  })

  it('X weighs CJK and emoji 2, Latin and curly quotes 1', () => {
    expect(xWeightedLength('ab“”')).toBe(4)
    expect(xWeightedLength('日本')).toBe(4)
    expect(xWeightedLength('😀')).toBe(2)
  })

  it('Mastodon counts code points', () => {
    expect(messageLength('mastodon', '😀é')).toBe(2)
  })
})

describe('batchMentions', () => {
  const template = 'Hello {{mentions}}, I quoted your post in my story.'

  it('keeps everyone in one message when it fits', () => {
    expect(batchMentions('mastodon', template, ['@a@x.social', '@b@y.social'])).toEqual({
      messages: ['Hello @a@x.social @b@y.social, I quoted your post in my story.'],
      tooLong: [],
    })
  })

  it.each([
    ['mastodon', 500],
    ['bluesky', 300],
    ['x', 280],
  ] as const)(
    '%s: splits so every message fits %i and everyone is mentioned once',
    (target, limit) => {
      const mentions = handles(60, 20)
      const { messages, tooLong } = batchMentions(target, template, mentions)
      expect(tooLong).toEqual([])
      expect(messages.length).toBeGreaterThan(1)
      for (const message of messages)
        expect(messageLength(target, message)).toBeLessThanOrEqual(limit)
      const mentioned = messages.flatMap((message) => message.match(/@u*\d+/g) ?? [])
      expect(mentioned).toEqual(mentions)
      // Greedy: no message could have taken the first mention of the next one.
      for (let i = 0; i + 1 < messages.length; i += 1) {
        const next = messages[i + 1]!.match(/@u*\d+/)![0]
        const current = messages[i]!.match(/@u*\d+/g)!
        expect(messageLength(target, fillMentions(template, [...current, next]))).toBeGreaterThan(
          limit,
        )
      }
    },
  )

  it('Bluesky: counts emoji in the curator’s text as one grapheme each', () => {
    const emojiTemplate = `${'👨‍👩‍👧'.repeat(280)} {{mentions}}`
    // 280 graphemes + space + 19 = 300: fits on Bluesky, far too long in code points.
    expect(batchMentions('bluesky', emojiTemplate, ['@abcdefghijklmnopqr']).messages).toHaveLength(
      1,
    )
  })

  it('reports a mention that cannot fit even alone instead of cutting it', () => {
    const long = `@${'x'.repeat(300)}`
    expect(batchMentions('x', template, ['@a', long, '@b'])).toEqual({
      messages: [
        'Hello @a, I quoted your post in my story.',
        'Hello @b, I quoted your post in my story.',
      ],
      tooLong: [long],
    })
  })

  it('e-mail has no limit: one message', () => {
    expect(batchMentions('email', template, handles(500, 30)).messages).toHaveLength(1)
  })

  it('no mentions, no message', () => {
    expect(batchMentions('bluesky', template, [])).toEqual({ messages: [], tooLong: [] })
  })
})
