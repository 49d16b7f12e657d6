#!/usr/bin/env node
/**
 * The full-size data-loss journeys: `node scripts/crash-loop.mjs [kills] [playwright args…]`.
 * `npm test` runs them small (CRASH_POINTS and TWO_TAB_ROUNDS default to CI-sized counts in
 * e2e/crash-safety.spec.ts and e2e/two-tabs.spec.ts); this runs 100 tab kills (or `kills`) and
 * 100 interleaved two-tab edits, through scripts/e2e.mjs so that the app is built first.
 * Replay a failure with CRASH_SEED=<seed> or TWO_TAB_SEED=<seed> (both are printed).
 */
import { spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'

const args = process.argv.slice(2)
const kills = /^\d+$/.test(args[0] ?? '') ? args.shift() : (process.env.CRASH_POINTS ?? '100')
const rounds = process.env.TWO_TAB_ROUNDS ?? '100'
const e2e = fileURLToPath(new URL('./e2e.mjs', import.meta.url))
console.log(`crash loop: ${kills} tab kills, ${rounds} interleaved two-tab edits`)
const child = spawn(
  process.execPath,
  [e2e, 'e2e/crash-safety.spec.ts', 'e2e/two-tabs.spec.ts', ...args],
  { stdio: 'inherit', env: { ...process.env, CRASH_POINTS: kills, TWO_TAB_ROUNDS: rounds } },
)
process.on('SIGINT', () => {})
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
