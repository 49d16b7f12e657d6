#!/usr/bin/env node
/**
 * Finds a Chromium for Playwright journeys and benchmarks, installing Debian's package when
 * running as root on Debian (CI). Usable as a module (`findChromium()`, `CHROMIUM_ARGS`) and as a
 * CLI that prints the path on stdout (everything else goes to stderr):
 *
 *   node scripts/find-chromium.mjs [--no-install]
 */
import { spawnSync } from 'node:child_process'
import { accessSync, constants, existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

/** Flags every Chromium launched by this repository must carry (see README, "Hard rules"). */
export const CHROMIUM_ARGS = Object.freeze([
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
])

/** System locations tried after CHROME_PATH and Playwright's own browser, in this order. */
export const SYSTEM_CHROMIUM_PATHS = Object.freeze([
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
])

const HOW_TO_INSTALL = [
  'No Chromium found. Install one of these, then run the command again:',
  '  - Debian/Ubuntu: sudo apt-get update && sudo apt-get install -y chromium',
  '    (as root on Debian this script installs it by itself)',
  "  - Playwright's own build: npx playwright install chromium (needs access to Playwright's CDN)",
  '  - or point CHROME_PATH at an existing Chrome/Chromium executable: CHROME_PATH=/path/to/chrome',
].join('\n')

/** @param {string} file */
function isExecutable(file) {
  try {
    accessSync(file, constants.X_OK)
    return true
  } catch {
    return false
  }
}

/** Playwright's bundled Chromium, if `npx playwright install chromium` has put it in place. */
function playwrightChromium() {
  const require = createRequire(import.meta.url)
  for (const name of ['@playwright/test', 'playwright-core']) {
    try {
      /** @type {{ chromium: { executablePath(): string } }} */
      const playwright = require(name)
      const file = playwright.chromium.executablePath()
      return file && existsSync(file) ? file : undefined
    } catch {
      // Not installed, or this platform has no Playwright build: try the next source.
    }
  }
  return undefined
}

function isDebian() {
  try {
    return /^ID=("?)debian\1$/m.test(readFileSync('/etc/os-release', 'utf8'))
  } catch {
    return false
  }
}

/** @param {(message: string) => void} log */
function installDebianChromium(log) {
  const command = 'apt-get update && apt-get install -y chromium'
  log(`find-chromium: no Chromium found; running as root on Debian, so installing it: ${command}`)
  // The child's stdout goes to our stderr so that the CLI's stdout stays just the path.
  const result = spawnSync('sh', ['-c', command], {
    stdio: ['ignore', process.stderr, process.stderr],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  })
  if (result.status !== 0 || !isExecutable('/usr/bin/chromium')) {
    throw new Error(
      `find-chromium: "${command}" failed (exit ${result.status ?? result.signal}).\n${HOW_TO_INSTALL}`,
    )
  }
  log('find-chromium: installed /usr/bin/chromium')
  return '/usr/bin/chromium'
}

/**
 * The path of a Chromium executable: CHROME_PATH if it exists, else Playwright's bundled
 * Chromium, else a system Chromium/Chrome; else, as root on Debian, installs Debian's `chromium`.
 * Throws an Error explaining how to install one when none can be found.
 *
 * @param {{ install?: boolean, log?: (message: string) => void }} [options]
 * @returns {string}
 */
export function findChromium({ install = true, log = (message) => console.error(message) } = {}) {
  const fromEnv = process.env.CHROME_PATH
  if (fromEnv) {
    const file = resolve(fromEnv)
    if (isExecutable(file)) return file
    log(
      `find-chromium: CHROME_PATH=${fromEnv} does not exist or is not executable; looking further`,
    )
  }

  const bundled = playwrightChromium()
  if (bundled) return bundled

  const system = SYSTEM_CHROMIUM_PATHS.find(isExecutable)
  if (system) return system

  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0
  if (install && isRoot && isDebian()) return installDebianChromium(log)

  throw new Error(HOW_TO_INSTALL)
}

const invokedDirectly =
  process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)
if (invokedDirectly) {
  try {
    console.log(findChromium({ install: !process.argv.includes('--no-install') }))
  } catch (error) {
    console.error(error instanceof Error ? error.message : error)
    process.exit(1)
  }
}
