/**
 * Feed dates: RSS speaks RFC 822 ("Sat, 07 Sep 2024 00:00:00 GMT", zones like EST or +0200),
 * Atom and JSON Feed RFC 3339, and real feeds mix them (a JSON Feed with an RFC 822 date).
 * Parsed by hand rather than by `Date.parse`, whose non-ISO forms differ between browsers.
 */

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']

/** RFC 822 §5 zones plus the ones feeds use in practice; minutes east of UTC. */
const ZONES: Record<string, number> = {
  UT: 0,
  UTC: 0,
  GMT: 0,
  Z: 0,
  EST: -300,
  EDT: -240,
  CST: -360,
  CDT: -300,
  MST: -420,
  MDT: -360,
  PST: -480,
  PDT: -420,
  CET: 60,
  CEST: 120,
  BST: 60,
}

const RFC822 =
  /^(?:[a-z]{3,9},?\s+)?(\d{1,2})[\s-]+([a-z]{3,9})[\s-]+(\d{2}|\d{4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([a-z]{1,5}|[+-]\d{4}|[+-]\d{2}:\d{2})?$/i

const RFC3339 =
  /^(\d{4})-(\d{2})-(\d{2})(?:[t\s](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?\s*(z|[+-]\d{2}:?\d{2})?)?$/i

const offsetMinutes = (zone: string | undefined): number | undefined => {
  if (zone === undefined || zone === '') return 0
  const named = ZONES[zone.toUpperCase()]
  if (named !== undefined) return named
  const numeric = /^([+-])(\d{2}):?(\d{2})$/.exec(zone)
  if (!numeric) return undefined
  const minutes = Number(numeric[2]) * 60 + Number(numeric[3])
  return numeric[1] === '-' ? -minutes : minutes
}

const toIso = (
  year: number,
  month: number,
  day: number,
  hours: number,
  minutes: number,
  seconds: number,
  millis: number,
  offset: number,
): string | undefined => {
  if (month < 0 || month > 11 || day < 1 || day > 31 || hours > 23 || minutes > 59) return undefined
  if (seconds > 60) return undefined
  const time = Date.UTC(year, month, day, hours, minutes, Math.min(seconds, 59), millis)
  const date = new Date(time - offset * 60_000)
  // Date.UTC rolls 31 February over into March: refuse instead.
  if (new Date(time).getUTCDate() !== day) return undefined
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString()
}

const fromRfc3339 = (value: string): string | undefined => {
  const match = RFC3339.exec(value)
  if (!match) return undefined
  const [, year, month, day, hours, minutes, seconds, fraction, zone] = match
  const offset = offsetMinutes(zone)
  if (offset === undefined) return undefined
  return toIso(
    Number(year),
    Number(month) - 1,
    Number(day),
    Number(hours ?? 0),
    Number(minutes ?? 0),
    Number(seconds ?? 0),
    Number((fraction ?? '0').slice(0, 3).padEnd(3, '0')),
    offset,
  )
}

const fromRfc822 = (value: string): string | undefined => {
  const match = RFC822.exec(value)
  if (!match) return undefined
  const [, day, monthName, year, hours, minutes, seconds, zone] = match
  const month = MONTHS.indexOf((monthName ?? '').slice(0, 3).toLowerCase())
  const offset = offsetMinutes(zone)
  if (month < 0 || offset === undefined) return undefined
  // RFC 822 allows two-digit years; RFC 1123 made them four. Read 2-digit ones as 19xx/20xx.
  const fullYear =
    (year ?? '').length === 2 ? 1900 + Number(year) + (Number(year) < 50 ? 100 : 0) : Number(year)
  return toIso(
    fullYear,
    month,
    Number(day),
    Number(hours),
    Number(minutes),
    Number(seconds ?? 0),
    0,
    offset,
  )
}

/** An ISO 8601 UTC string, or undefined when the date cannot be read: never an invalid Date. */
export const parseFeedDate = (value: string | undefined): string | undefined => {
  if (value === undefined) return undefined
  const trimmed = value.trim().replace(/\s+/g, ' ')
  if (trimmed === '') return undefined
  return fromRfc3339(trimmed) ?? fromRfc822(trimmed)
}
