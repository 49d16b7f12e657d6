/**
 * A word list as the curator types it (one word or phrase per line) → clean entries: trimmed,
 * inner spaces collapsed, lower case, blank lines and duplicates dropped, order kept.
 */
export const parseWordList = (text: string): string[] => {
  const seen = new Set<string>()
  for (const line of text.split(/\r?\n/)) {
    const entry = line.trim().replace(/\s+/g, ' ').toLowerCase()
    if (entry) seen.add(entry)
  }
  return [...seen]
}

export const formatWordList = (words: readonly string[]): string => words.join('\n')
