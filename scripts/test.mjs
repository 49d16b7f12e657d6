#!/usr/bin/env node
/**
 * `npm test`: every check, in order, stopping at the first failure:
 * type-check, lint, format, unit tests, browser journeys (which build the app first), first-load
 * JavaScript budget.
 */
import { spawn } from 'node:child_process'
import { mkdirSync, readFileSync, rmSync } from 'node:fs'

// The test runners also write JSON reports here, so that the run ends with one count of tests.
const REPORTS = 'reports'
const UNIT_REPORT = `${REPORTS}/unit.json`
const E2E_REPORT = `${REPORTS}/e2e.json`

/** @type {{ title: string, script: string, args?: string[] }[]} */
const steps = [
  { title: 'Type-check', script: 'typecheck' },
  { title: 'Lint', script: 'lint' },
  { title: 'Format', script: 'format:check' },
  { title: 'Production dependency audit', script: 'audit:prod' },
  {
    title: 'Unit tests',
    script: 'test:unit',
    args: ['--reporter=default', '--reporter=json', `--outputFile.json=${UNIT_REPORT}`],
  },
  { title: 'Browser journeys', script: 'test:e2e', args: ['--reporter=list,json'] },
  // The journeys' step built dist/: its first load must stay within budget.
  { title: 'First-load budget', script: 'check:budget' },
]
rmSync(REPORTS, { recursive: true, force: true })
mkdirSync(REPORTS, { recursive: true })
process.env.PLAYWRIGHT_JSON_OUTPUT_NAME = E2E_REPORT

/**
 * Passed and failed tests from both reports (0 for a report that is missing).
 * @returns {{ passed: number, failed: number, skipped: number }}
 */
function countTests() {
  const read = (/** @type {string} */ file) => {
    try {
      return JSON.parse(readFileSync(file, 'utf8'))
    } catch {
      return null
    }
  }
  const unit = read(UNIT_REPORT)
  const e2e = read(E2E_REPORT)
  return {
    passed: (unit?.numPassedTests ?? 0) + (e2e?.stats?.expected ?? 0) + (e2e?.stats?.flaky ?? 0),
    failed: (unit?.numFailedTests ?? 0) + (e2e?.stats?.unexpected ?? 0),
    skipped: (unit?.numPendingTests ?? 0) + (unit?.numTodoTests ?? 0) + (e2e?.stats?.skipped ?? 0),
  }
}

/** The closing line CI reads: `tests: N passed, N failed, N skipped`, alone on its line. */
function printCount() {
  const { passed, failed, skipped } = countTests()
  console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`)
}

/** @param {number} ms */
const duration = (ms) => {
  const s = Math.round(ms / 1000)
  return s < 60 ? `${s}s` : `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`
}

/**
 * Runs `npm run <script> -- <extra>` with the npm that started us when there is one.
 * @param {string} script
 * @param {string[]} [extra]
 * @returns {Promise<number>}
 */
function npmRun(script, extra = []) {
  const npmCli = process.env.npm_execpath
  const runArgs = ['run', script, ...(extra.length ? ['--', ...extra] : [])]
  const [command, args] =
    npmCli && /\.c?js$/.test(npmCli) ? [process.execPath, [npmCli, ...runArgs]] : ['npm', runArgs]
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit', shell: process.platform === 'win32' })
    child.on('error', (error) => {
      console.error(error.message)
      resolve(1)
    })
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 128 : 1)))
  })
}

// Ctrl+C reaches the running step directly (same process group); let it finish and report.
process.on('SIGINT', () => {})

const started = Date.now()
/** @type {string[]} */
const timings = []
for (const [index, step] of steps.entries()) {
  const header = `[${index + 1}/${steps.length}] ${step.title} — npm run ${step.script}`
  console.log(`\n${'═'.repeat(header.length + 6)}\n═══ ${header}\n${'═'.repeat(header.length + 6)}`)
  const stepStarted = Date.now()
  const code = await npmRun(step.script, step.args)
  timings.push(`${step.title.toLowerCase()} ${duration(Date.now() - stepStarted)}`)
  if (code !== 0) {
    const skipped = steps.slice(index + 1).map((s) => s.title.toLowerCase())
    console.error(
      `\n✖ npm test FAILED at step ${index + 1}/${steps.length} "${step.title}" (exit ${code}) ` +
        `after ${duration(Date.now() - started)}` +
        (skipped.length ? `; not run: ${skipped.join(', ')}` : ''),
    )
    printCount()
    process.exit(code)
  }
}
console.log(
  `\n✔ npm test passed: all ${steps.length} steps in ${duration(Date.now() - started)} ` +
    `(${timings.join(', ')})`,
)
printCount()
