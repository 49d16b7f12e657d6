#!/usr/bin/env node
/**
 * `npm start`: builds the app, then serves the build with `vite preview` on http://localhost:PORT
 * (PORT defaults to 5173), together with the relay (`/relay`, see server/) that vite.config.ts
 * mounts. Building and serving need no network; the relay reaches sources only when asked.
 */
import { build, preview } from 'vite'

const port = Number(process.env.PORT ?? 5173)
if (!Number.isInteger(port) || port < 1 || port > 65535) {
  console.error(
    `start: PORT must be a whole number between 1 and 65535 (got "${process.env.PORT}")`,
  )
  process.exit(1)
}

try {
  await build()
} catch (error) {
  console.error('\nstart: the build failed, so there is nothing to serve.')
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
}

/** @type {import('vite').PreviewServer} */
let server
try {
  server = await preview({ preview: { port, host: 'localhost', strictPort: true, open: false } })
} catch (error) {
  const message = error instanceof Error ? error.message : String(error)
  console.error(`\nstart: could not serve on port ${port}: ${message}`)
  if (/in use/i.test(message)) console.error('Try another port, e.g. PORT=5180 npm start')
  process.exit(1)
}

const url = server.resolvedUrls?.local[0] ?? `http://localhost:${port}/`
console.log(`\n  Storyloom is running at ${url}  (Ctrl+C to stop)`)
console.log(`  Its relay for sources without CORS answers at ${url}relay/health\n`)

for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
  process.once(signal, () => {
    server.close().finally(() => process.exit(0))
  })
}
