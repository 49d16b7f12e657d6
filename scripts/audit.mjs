#!/usr/bin/env node
/**
 * `npm run audit:prod`: `npm audit --omit=dev --json`, judged by auditVerdict.mjs. Fails on high
 * or critical advisories in production dependencies. When the advisory service cannot be asked
 * (refused, offline, or silent for 60 s) it says so loudly and passes, unless
 * STORYLOOM_AUDIT_STRICT=1.
 */
import { spawn } from 'node:child_process'
import { auditVerdict } from './auditVerdict.mjs'

const TIMEOUT_SECONDS = 60

/** @returns {Promise<{ stdout: string, timedOut: boolean }>} */
function runNpmAudit() {
  const npmCli = process.env.npm_execpath
  const auditArgs = ['audit', '--omit=dev', '--json']
  const [command, args] =
    npmCli && /\.c?js$/.test(npmCli)
      ? [process.execPath, [npmCli, ...auditArgs]]
      : ['npm', auditArgs]
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      stdio: ['ignore', 'pipe', 'inherit'],
      shell: process.platform === 'win32',
    })
    let stdout = ''
    let timedOut = false
    const timer = setTimeout(() => {
      timedOut = true
      child.kill('SIGTERM')
    }, TIMEOUT_SECONDS * 1000)
    child.stdout.setEncoding('utf8')
    child.stdout.on('data', (chunk) => (stdout += chunk))
    child.on('error', (error) => {
      clearTimeout(timer)
      resolve({ stdout: `could not start npm: ${error.message}`, timedOut })
    })
    // npm audit exits 1 both when it finds advisories and when it fails: the JSON decides.
    child.on('close', () => {
      clearTimeout(timer)
      resolve({ stdout, timedOut })
    })
  })
}

const { stdout, timedOut } = await runNpmAudit()
const verdict = auditVerdict({
  stdout,
  timedOut,
  strict: process.env.STORYLOOM_AUDIT_STRICT === '1',
  timeoutSeconds: TIMEOUT_SECONDS,
})
const print = verdict.exitCode === 0 && verdict.kind === 'clean' ? console.log : console.error
for (const line of verdict.lines) print(line)
process.exitCode = verdict.exitCode
