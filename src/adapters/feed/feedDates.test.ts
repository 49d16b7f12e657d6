import { describe, expect, it } from 'vitest'
import { parseFeedDate } from './feedDates'

describe('parseFeedDate', () => {
  it.each([
    ['Sat, 07 Sep 2024 00:00:00 GMT', '2024-09-07T00:00:00.000Z'],
    ['Wed, 03 Jan 2018 13:47:00 GMT\n      ', '2018-01-03T13:47:00.000Z'],
    ['Fri, 08 Jul 2016 13:40:00 UTC', '2016-07-08T13:40:00.000Z'],
    ['Sat, 23 Jan 2016 15:40:37 +0000', '2016-01-23T15:40:37.000Z'],
    ['Tue, 10 Jun 2003 04:00:00 EST', '2003-06-10T09:00:00.000Z'],
    ['Tue, 10 Jun 2003 04:00:00 PDT', '2003-06-10T11:00:00.000Z'],
    ['10 Jun 2003 04:00 +0200', '2003-06-10T02:00:00.000Z'],
    ['Thu, 5 January 2006 09:00:00 -0500', '2006-01-05T14:00:00.000Z'],
    ['01 Feb 99 12:00:00 Z', '1999-02-01T12:00:00.000Z'],
    ['2015-06-01T23:49:41+02:00', '2015-06-01T21:49:41.000Z'],
    ['2025-08-29T17:29:55Z', '2025-08-29T17:29:55.000Z'],
    ['2018-04-09T19:39:12.675Z', '2018-04-09T19:39:12.675Z'],
    ['2024-08-26 20:32:01-04:00', '2024-08-27T00:32:01.000Z'],
    ['2003-12-13', '2003-12-13T00:00:00.000Z'],
  ])('reads %j', (input, expected) => {
    expect(parseFeedDate(input)).toBe(expected)
  })

  it.each([
    '',
    'yesterday',
    'Mon, 31 Feb 2020 10:00:00 GMT',
    '2020-13-01T00:00:00Z',
    'Sat, 07 Sep 2024 25:00:00 GMT',
    '07 Sep 2024 10:00 XYZ',
  ])('gives undefined, never an invalid date, for %j', (input) => {
    expect(parseFeedDate(input)).toBeUndefined()
  })
})
