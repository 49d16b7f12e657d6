const UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const

/** "3.4 MB" / "3,4 Mo": sizes people can read while a large archive imports. */
export const formatBytes = (bytes: number, language: string): string => {
  let value = Math.max(0, bytes)
  let unit = 0
  while (value >= 1000 && unit < UNITS.length - 1) {
    value /= 1000
    unit += 1
  }
  return new Intl.NumberFormat(language, {
    style: 'unit',
    unit: UNITS[unit],
    unitDisplay: 'short',
    maximumFractionDigits: unit < 2 ? 0 : 1,
  }).format(value)
}
