import { describe, expect, it } from 'vitest'
import { fileOf, fixtureBytes, importFile, postById, zipOf } from '../testArchiveImport'
import { unwrapCommentaryLines } from './importLinkedin'

const SHARES = fixtureBytes('linkedin-export/sanand0-Shares.csv')

describe('LinkedIn Shares.csv', () => {
  it('imports every share, multi-line commentary unwrapped, bold letters kept', async () => {
    const result = await importFile(fileOf('Shares.csv', SHARES))
    expect(result.done).toEqual({ type: 'done', kind: 'linkedin', posts: 184, media: 0 })
    const retreat = postById(result.posts, 'linkedin:urn:li:share:7345821826846990338')
    expect(retreat.url).toBe(
      'https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A7345821826846990338',
    )
    expect(retreat.createdAt).toBe('2025-07-01T14:33:22.000Z')
    expect(retreat.text.split('\n').slice(0, 4)).toEqual([
      "I'm off for a 10-day Vipassana meditation program.",
      '',
      '𝗪𝗛𝗔𝗧? A 10-day residential meditation. No phone, laptop, or speaking. https://www.dhamma.org/',
      '𝗪𝗛𝗘𝗡? From today until next Sunday (13 July)',
    ])
    expect(
      retreat.text.endsWith(
        "I've scheduled LinkedIn posts, so you'll still see stuff. But I won't be replying.",
      ),
    ).toBe(true)
    expect(retreat.html).toContain(
      '<a href="https://www.dhamma.org/" rel="noopener noreferrer ugc" target="_blank">https://www.dhamma.org/</a><br>𝗪𝗛𝗘𝗡?',
    )
    // Doubled quotes inside a field are one quote.
    const llms = postById(result.posts, 'linkedin:urn:li:share:7345736358277103616')
    expect(llms.text.split('\n')[0]).toBe(
      'If someone asked me, "What\'s changed this year in LLMs", here\'s my list:',
    )
    expect(result.posts.every((post) => !post.text.includes('""'))).toBe(true)
  })

  it('reads Shares.csv inside the export zip', async () => {
    const result = await importFile(
      zipOf('Basic_LinkedInDataExport.zip', {
        'Shares.csv': SHARES,
        'Comments.csv': fixtureBytes('linkedin-export/sanand0-Comments.csv'),
      }),
    )
    expect(result.done?.posts).toBe(184)
    expect(result.posts.filter((post) => post.card).length).toBe(22)
  })

  it('refuses Comments.csv chosen instead of Shares.csv', async () => {
    const result = await importFile(
      fileOf('Comments.csv', fixtureBytes('linkedin-export/sanand0-Comments.csv')),
    )
    expect(result.failed).toMatchObject({ reason: 'wrong-archive', kind: 'linkedin' })
    expect(result.failed?.detail).toMatch(/^Comments\.csv is LinkedIn's Comments\.csv/)
  })
})

describe('unwrapCommentaryLines', () => {
  it('strips the quotes LinkedIn wraps each line in, only when every line has them', () => {
    expect(unwrapCommentaryLines('one"\n""\n"two"\n"three')).toBe('one\n\ntwo\nthree')
    expect(unwrapCommentaryLines('He said\n"hi" to me')).toBe('He said\n"hi" to me')
    expect(unwrapCommentaryLines('single "line"')).toBe('single "line"')
  })
})

describe('the owner of a LinkedIn export', () => {
  it('comes from Profile.csv beside Shares.csv', async () => {
    const profileCsv =
      'First Name,Last Name,Maiden Name,Headline\nAnand,S,,"LLM Psychologist, Straive"\n'
    const result = await importFile(
      zipOf('linkedin.zip', {
        'Shares.csv': SHARES,
        'Profile.csv': new TextEncoder().encode(profileCsv),
      }),
    )
    expect(result.posts[0]?.author).toEqual({ name: 'Anand S', handle: '' })
  })
})
