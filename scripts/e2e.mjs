#!/usr/bin/env node
/**
 * `npm run test:e2e [-- --no-build] [playwright args…]`: finds (or installs) Chromium, builds the
 * app unless `--no-build`, then runs `playwright test` with the remaining arguments and exits with
 * its code. The chosen browser reaches playwright.config.ts through STORYLOOM_CHROMIUM.
 */
import { spawn } from 'node:child_process'
import { createRequire } from 'node:module'
import { build } from 'vite'
import { findChromium } from './find-chromium.mjs'

const args = process.argv.slice(2)
const skipBuild = args.includes('--no-build')
const playwrightArgs = args.filter((arg) => arg !== '--no-build')

let chromium
try {
  chromium = findChromium()
} catch (error) {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
}
console.log(`e2e: Chromium at ${chromium}`)

if (skipBuild) {
  console.log('e2e: --no-build given, testing the existing dist/')
} else {
  console.log('e2e: building the app (vite build)')
  try {
    await build({ logLevel: 'warn' })
  } catch (error) {
    console.error('e2e: the build failed, so no journey can run.')
    console.error(error instanceof Error ? error.message : error)
    process.exit(1)
  }
}

const cli = createRequire(import.meta.url).resolve('@playwright/test/cli')
console.log(`e2e: playwright test ${playwrightArgs.join(' ')}`.trimEnd())
const child = spawn(process.execPath, [cli, 'test', ...playwrightArgs], {
  stdio: 'inherit',
  env: { ...process.env, STORYLOOM_CHROMIUM: chromium },
})
// Ctrl+C already reaches playwright (same process group): wait for it to clean up and exit.
process.on('SIGINT', () => {})
process.on('SIGTERM', () => child.kill('SIGTERM'))
child.on('exit', (code, signal) => {
  if (signal) console.error(`e2e: playwright was stopped by ${signal}`)
  process.exit(code ?? 1)
})
