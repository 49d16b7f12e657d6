#!/usr/bin/env node
/**
 * `npm test`: every check, in order, stopping at the first failure:
 * type-check, lint, format, unit tests, browser journeys (which build the app first).
 */
import { spawn } from 'node:child_process'

/** @type {{ title: string, script: string }[]} */
const steps = [
  { title: 'Type-check', script: 'typecheck' },
  { title: 'Lint', script: 'lint' },
  { title: 'Format', script: 'format:check' },
  { title: 'Unit tests', script: 'test:unit' },
  { title: 'Browser journeys', script: 'test:e2e' },
]

/** @param {number} ms */
const duration = (ms) => {
  const s = Math.round(ms / 1000)
  return s < 60 ? `${s}s` : `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`
}

/**
 * Runs `npm run <script>` with the npm that started us when there is one.
 * @param {string} script
 * @returns {Promise<number>}
 */
function npmRun(script) {
  const npmCli = process.env.npm_execpath
  const [command, args] =
    npmCli && /\.c?js$/.test(npmCli)
      ? [process.execPath, [npmCli, 'run', script]]
      : ['npm', ['run', script]]
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
  const code = await npmRun(step.script)
  timings.push(`${step.title.toLowerCase()} ${duration(Date.now() - stepStarted)}`)
  if (code !== 0) {
    const skipped = steps.slice(index + 1).map((s) => s.title.toLowerCase())
    console.error(
      `\n✖ npm test FAILED at step ${index + 1}/${steps.length} "${step.title}" (exit ${code}) ` +
        `after ${duration(Date.now() - started)}` +
        (skipped.length ? `; not run: ${skipped.join(', ')}` : ''),
    )
    process.exit(code)
  }
}
console.log(
  `\n✔ npm test passed: all ${steps.length} steps in ${duration(Date.now() - started)} ` +
    `(${timings.join(', ')})`,
)
