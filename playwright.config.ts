import { defineConfig } from '@playwright/test'
import { CHROMIUM_ARGS } from './scripts/find-chromium.mjs'

const CI = !!process.env.CI

/**
 * Browser journeys in real Chromium against the production build. `npm run test:e2e` builds the
 * app and sets STORYLOOM_CHROMIUM (see scripts/e2e.mjs); this file starts `vite preview` and the
 * source replay server.
 * Everything runs on 127.0.0.1: the journeys never reach the network.
 */
export default defineConfig({
  testDir: 'e2e',
  fullyParallel: false,
  workers: 1, // a 2-core machine: one browser at a time keeps timings stable
  forbidOnly: CI,
  retries: CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['html', { outputFolder: 'playwright-report', open: 'never' }]],
  use: {
    browserName: 'chromium',
    baseURL: 'http://127.0.0.1:4173',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.STORYLOOM_CHROMIUM || '/usr/bin/chromium',
      args: [...CHROMIUM_ARGS],
    },
  },
  webServer: [
    {
      command: 'npx vite preview --port 4173 --strictPort --host 127.0.0.1',
      url: 'http://127.0.0.1:4173',
      // Test-only: lets the relay (server/) reach the replay server below although it is local.
      env: { STORYLOOM_RELAY_TEST_ORIGIN: 'http://127.0.0.1:4180' },
      reuseExistingServer: !CI,
      timeout: 60_000,
    },
    {
      // Mastodon and Bluesky answers replayed from the recorded fixtures (e2e/servers).
      command: 'node e2e/servers/sourceReplayServer.mjs 4180',
      url: 'http://127.0.0.1:4180/health',
      reuseExistingServer: !CI,
      timeout: 30_000,
    },
  ],
})
