import { describe, expect, it } from 'vitest'
import { detectSponsored } from './disclosure'

const text = (value: string) => detectSponsored({ text: value })

describe('detectSponsored: hashtags (whole tag, case and accents folded)', () => {
  it.each([
    ['New running shoes, love them #ad', '#ad'],
    ['#Ad my honest review', '#Ad'],
    ['Trying the new app #Sponsored', '#Sponsored'],
    ['Merci à la marque ! #sponsorisé', '#sponsorisé'],
    ['Merci à la marque ! #SPONSORISE', '#SPONSORISE'],
    ['Nouvelle gamme #partenariat', '#partenariat'],
    ['Mon avis sur ce parfum #pub', '#pub'],
    ['#Publicité : le nouveau forfait', '#Publicité'],
    ['Story time #PaidPartnership', '#PaidPartnership'],
    ['En collaboration #sponso', '#sponso'],
    ['#ad.', '#ad'],
    ['(#ad)', '#ad'],
  ])('%s → %s', (input, evidence) => {
    expect(text(input)).toEqual({
      sponsored: true,
      evidence: [{ kind: 'hashtag', text: evidence }],
    })
  })

  it.each([
    'Reading a new #publication on glaciers',
    'Tonight: #pubquiz at the Red Lion',
    'Editing photos in #adobe Lightroom',
    '#AdventOfCode day 3',
    'Please become a #sponsor of the project',
    'Great #collab with my sister',
    'https://example.com/page#ad is an anchor, not a tag',
    'Ad hoc meeting, no hashtags',
    'the #ad_free version is better',
    'mon #pubcrawl préféré',
  ])('no false positive: %s', (input) => {
    expect(text(input)).toEqual({ sponsored: false, evidence: [] })
  })
})

describe('detectSponsored: phrases (whole words, any spacing)', () => {
  it.each([
    ['In a paid partnership with Acme', 'paid partnership'],
    ['PAID   PARTNERSHIP\nwith Acme', 'PAID PARTNERSHIP'],
    ['This video is sponsored by NordVPN', 'sponsored by'],
    ['Includes paid promotion', 'paid promotion'],
    ['Partenariat rémunéré avec Acme', 'Partenariat rémunéré'],
    ['partenariat remunere avec Acme', 'partenariat remunere'],
    ['Collaboration commerciale avec la marque X', 'Collaboration commerciale'],
    ['Cette vidéo est sponsorisée par Acme', 'sponsorisée par'],
    ['Article sponsorisé par la Région', 'sponsorisé par'],
    ['Contenu sponsorisé', 'Contenu sponsorisé'],
  ])('%s → %s', (input, evidence) => {
    expect(text(input).evidence).toEqual([{ kind: 'phrase', text: evidence }])
  })

  it.each([
    'Nous organisons la fête en partenariat avec la mairie',
    'Un débat sur la publicité à la télévision',
    'A talk on advertising and privacy',
    'unpaid partnerships are the norm here',
    'She is sponsored byproduct-free',
    'Les cartes de partenariat sont arrivées',
  ])('no false positive: %s', (input) => {
    expect(text(input).sponsored).toBe(false)
  })
})

describe('detectSponsored: platform labels and content warnings', () => {
  it('accepts the known labels in any case or separator', () => {
    const found = detectSponsored({
      text: '',
      labels: ['Paid_Partnership', 'branded content', 'nudity', 'promoted'],
    })
    expect(found.evidence).toEqual([
      { kind: 'label', text: 'Paid_Partnership' },
      { kind: 'label', text: 'branded content' },
      { kind: 'label', text: 'promoted' },
    ])
  })

  it('ignores moderation labels', () => {
    expect(detectSponsored({ text: '', labels: ['graphic-media', '!no-unauthenticated'] })).toEqual(
      { sponsored: false, evidence: [] },
    )
  })

  it('reads the content warning too, and lists each piece of evidence once', () => {
    const found = detectSponsored({
      contentWarning: '#ad',
      text: 'Sponsored by Acme #AD #ad',
    })
    expect(found.evidence).toEqual([
      { kind: 'hashtag', text: '#ad' },
      { kind: 'phrase', text: 'Sponsored by' },
    ])
  })

  it('quotes text with decomposed accents as written', () => {
    const decomposed = 'Merci #sponsorise\u0301 !'
    expect(text(decomposed).evidence).toEqual([{ kind: 'hashtag', text: '#sponsorise\u0301' }])
  })
})
