import { describe, expect, it } from 'vitest'
import { defaultCharter } from './charter'
import { mastodonStatuses } from './insightsFixtures'
import { findProfanity, foldWord, listsFor } from './profanity'
import { PROFANITY_STARTER_LISTS } from './profanityStarterLists'

const EN = PROFANITY_STARTER_LISTS.en
const FR = PROFANITY_STARTER_LISTS.fr

describe('findProfanity', () => {
  it('matches whole words only', () => {
    expect(findProfanity('What a shit show', EN)).toEqual(['shit'])
    expect(findProfanity('Our class passed the assessment; Scunthorpe won', EN)).toEqual([])
    expect(findProfanity('The dickheads again', EN)).toEqual(['dickhead'])
  })

  it('ignores case and accents both ways', () => {
    expect(findProfanity('Quel ENFOIRE, ce type', FR)).toEqual(['enfoiré'])
    expect(findProfanity('Bande de crétins !', ['cretin'])).toEqual(['cretin'])
    expect(findProfanity('PUTAIN de bordel', FR)).toEqual(['bordel', 'putain'])
  })

  it('splits French elisions off, with straight or curly apostrophes', () => {
    expect(findProfanity("Espèce d'abruti", FR)).toEqual(['abruti'])
    expect(findProfanity('C’est l’enfoiré du quartier', FR)).toEqual(['enfoiré'])
    expect(findProfanity("qu'imbécile il est", FR)).toEqual(['imbécile'])
  })

  it('accepts a plural -s or -x, and nothing else glued on', () => {
    expect(findProfanity('Ces connards et ces couillons', FR)).toEqual(['connard', 'couillon'])
    expect(findProfanity('des bâtards', FR)).toEqual(['bâtard'])
    expect(findProfanity('les chevaux', ['cheval'])).toEqual([])
    expect(findProfanity('des tuyaux', ['tuyau'])).toEqual(['tuyau'])
    expect(findProfanity('connardise', FR)).toEqual([])
  })

  it('matches phrases word by word, across punctuation and spacing', () => {
    expect(findProfanity('Oh, ta   gueule !', FR)).toEqual(['ta gueule'])
    expect(findProfanity('Va te faire foutre.', FR)).toEqual(['foutre', 'va te faire foutre'])
    expect(findProfanity('ta belle gueule', FR)).toEqual([])
  })

  it('ignores links and mentions, which are not the author’s words', () => {
    expect(
      findProfanity('see https://example.com/shit-happens and @merde@example.social', [
        ...EN,
        ...FR,
      ]),
    ).toEqual([])
  })

  it('reports each entry once, as written in the list, and copes with emoji', () => {
    expect(findProfanity('merde 💩 MERDE merdes', FR)).toEqual(['merde'])
    expect(findProfanity('', FR)).toEqual([])
    expect(findProfanity('text', ['', '   '])).toEqual([])
  })

  it('finds nothing in the recorded timelines of ordinary posts', () => {
    const statuses = [
      ...mastodonStatuses('rtoot-timeline-public-mastodon-social'),
      ...mastodonStatuses('rtoot-timeline-tag-rstats'),
    ]
    const all = listsFor(defaultCharter().profanity.words, undefined)
    const textOf = (html: string) =>
      new DOMParser().parseFromString(html, 'text/html').body.textContent ?? ''
    expect(statuses.length).toBeGreaterThan(20)
    expect(statuses.flatMap((status) => findProfanity(textOf(status.content), all))).toEqual([])
  })
})

describe('listsFor', () => {
  const words = defaultCharter().profanity.words

  it('uses the post language’s list, so English "cons" is not a French insult', () => {
    expect(findProfanity('pros and cons', listsFor(words, 'en'))).toEqual([])
    expect(findProfanity('pros and cons', listsFor(words, 'fr-CA'))).toEqual(['con'])
  })

  it('uses every list when the language is unknown or has no list', () => {
    expect(listsFor(words, undefined)).toEqual([...words.en, ...words.fr])
    expect(listsFor(words, 'de')).toEqual([...words.en, ...words.fr])
  })
})

describe('foldWord', () => {
  it('lowers case, strips accents and straightens apostrophes', () => {
    expect(foldWord('ÉNERVÉ l’Été')).toBe("enerve l'ete")
  })
})

describe('starter lists', () => {
  it('are short, lower case, without duplicates', () => {
    for (const list of [EN, FR]) {
      expect(list.length).toBeGreaterThanOrEqual(20)
      expect(list.length).toBeLessThanOrEqual(30)
      expect(new Set(list).size).toBe(list.length)
      for (const word of list) expect(word).toBe(word.toLowerCase().trim())
    }
  })
})
