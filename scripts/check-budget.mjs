#!/usr/bin/env node
/**
 * `npm run check:budget`: fails when the editor's first-load JavaScript (gzip) is over budget.
 * Reads the build in dist/ (the browser-journey step builds it).
 */
import { existsSync } from 'node:fs'
import { relative } from 'node:path'
import { firstLoadJs } from './firstLoadJs.mjs'

export const FIRST_LOAD_BUDGET_BYTES = 200 * 1024

const dist = process.argv[2] ?? 'dist'
if (!existsSync(`${dist}/index.html`)) {
  console.error(`check-budget: ${dist}/index.html is missing; run "npm run build" first.`)
  process.exit(1)
}
const { files, bytes } = firstLoadJs(dist)
const kb = (n) => `${(n / 1024).toFixed(1)} KB`
const line = `first-load JavaScript: ${kb(bytes)} gzip in ${files.length} files (budget ${kb(FIRST_LOAD_BUDGET_BYTES)})`
if (bytes > FIRST_LOAD_BUDGET_BYTES) {
  console.error(`✖ ${line}`)
  console.error(files.map((file) => `  ${relative(dist, file)}`).join('\n'))
  console.error(
    'Load what the first screen does not need on first use (see src/adapters/registry.ts).',
  )
  process.exit(1)
}
console.log(`✔ ${line}`)
