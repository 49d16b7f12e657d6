import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { firstLoadFiles, firstLoadJs } from './firstLoadJs.mjs'

const fakeDist = () => {
  const dist = mkdtempSync(join(tmpdir(), 'storyloom-dist-'))
  mkdirSync(join(dist, 'assets'))
  writeFileSync(join(dist, 'assets', 'index.js'), 'console.log("entry")'.repeat(50))
  writeFileSync(join(dist, 'assets', 'shared.js'), 'export const shared = 1')
  writeFileSync(join(dist, 'assets', 'lazy.js'), 'export const lazy = 2'.repeat(500))
  writeFileSync(
    join(dist, 'index.html'),
    `<!doctype html><script type="module" crossorigin src="/assets/index.js"></script>
     <link rel="modulepreload" crossorigin href="/assets/shared.js">
     <link rel="stylesheet" href="/assets/index.css">
     <script src="https://cdn.example/ignored.js"></script>`,
  )
  return dist
}

describe('first-load JavaScript', () => {
  it('counts the module entry and its preloads, never lazy chunks or other tags', () => {
    const dist = fakeDist()
    expect(firstLoadFiles(dist).map((file) => file.slice(dist.length))).toEqual([
      '/assets/index.js',
      '/assets/shared.js',
    ])
    const { bytes } = firstLoadJs(dist)
    expect(bytes).toBeGreaterThan(0)
    // gzip of the two small files, far below the 10 KB lazy chunk left out.
    expect(bytes).toBeLessThan(400)
  })
})
