/**
 * Which JavaScript a browser must fetch before the editor can start — the module scripts and
 * module preloads that `dist/index.html` names — and its size compressed as a server would
 * send it (gzip -9, file by file). Shared by the budget check and the benchmarks.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'

/** Attributes of every `<tag …>` in `html`, lower-cased names. @param {string} html @param {string} tag */
export function tagsOf(html, tag) {
  const tags = []
  for (const match of html.matchAll(new RegExp(`<${tag}\\b([^>]*)>`, 'gi'))) {
    /** @type {Record<string, string>} */
    const attributes = {}
    for (const attribute of (match[1] ?? '').matchAll(
      /([^\s=/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g,
    )) {
      attributes[(attribute[1] ?? '').toLowerCase()] =
        attribute[2] ?? attribute[3] ?? attribute[4] ?? ''
    }
    tags.push(attributes)
  }
  return tags
}

/** @param {string} file */
export const gzipSize = (file) => gzipSync(readFileSync(file), { level: 9 }).length

/**
 * The files of the first load, as paths inside `dist`.
 * @param {string} dist
 * @returns {string[]}
 */
export function firstLoadFiles(dist) {
  const html = readFileSync(join(dist, 'index.html'), 'utf8')
  const urls = [
    ...tagsOf(html, 'script')
      .filter((a) => a.type === 'module' && a.src)
      .map((a) => a.src),
    ...tagsOf(html, 'link')
      .filter((a) => (a.rel ?? '').split(/\s+/).includes('modulepreload') && a.href)
      .map((a) => a.href),
  ].filter((url) => !/^(https?:)?\/\//.test(/** @type {string} */ (url)))
  const files = [
    ...new Set(
      urls.map((url) =>
        join(dist, decodeURIComponent(new URL(/** @type {string} */ (url), 'http://x/').pathname)),
      ),
    ),
  ]
  if (files.length === 0) throw new Error('dist/index.html has no module script')
  return files
}

/** @param {string} dist @returns {{ files: string[], bytes: number }} */
export function firstLoadJs(dist) {
  const files = firstLoadFiles(dist)
  return { files, bytes: files.reduce((sum, file) => sum + gzipSize(file), 0) }
}
