import react from '@vitejs/plugin-react'
import { defineConfig } from 'vitest/config'
import { relayPlugin } from './server/relayPlugin.ts'

const port = Number(process.env.PORT ?? 5173)

export default defineConfig({
  plugins: [react(), relayPlugin()],
  server: { port, strictPort: true },
  preview: { port, strictPort: true },
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 600,
  },
  test: {
    restoreMocks: true,
    projects: [
      {
        extends: true,
        test: {
          name: 'app',
          environment: 'happy-dom',
          include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.mjs'],
          setupFiles: ['src/test/setup.ts'],
        },
      },
      {
        // The relay (server/) runs in Node: no DOM, no browser test setup.
        extends: true,
        test: {
          name: 'server',
          environment: 'node',
          include: ['server/**/*.test.ts'],
        },
      },
    ],
  },
})
