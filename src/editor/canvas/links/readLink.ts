/** The one http(s) link a paste or a drop carries, or null when it carries anything else. */
export const readLink = (data: Pick<DataTransfer, 'getData'>): string | null => {
  const uriList = data
    .getData('text/uri-list')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
  const candidate = uriList[0] ?? data.getData('text/plain').trim()
  if (candidate === '' || /\s/.test(candidate)) return null
  try {
    const url = new URL(candidate)
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null
  } catch {
    return null
  }
}

/** Whether a drag from outside the page may carry a link (its data is readable only on drop). */
export const mayCarryLink = (types: readonly string[]): boolean =>
  types.includes('text/uri-list') || types.includes('text/plain')
