import type { Plugin } from 'vite'
import { createRelayHandler, type RelayOptions } from './relay/relayHandler.ts'

/**
 * Mounts the relay (`GET /relay?url=…&purpose=…`, `GET /relay/health`) in Vite's dev server
 * and in `vite preview`, which `npm start` uses to serve the built editor. A static
 * deployment has no relay; the editor detects that through /relay/health.
 */
export const relayPlugin = (options: RelayOptions = {}): Plugin => ({
  name: 'storyloom-relay',
  configureServer(server) {
    server.middlewares.use(createRelayHandler(options))
  },
  configurePreviewServer(server) {
    server.middlewares.use(createRelayHandler(options))
  },
})
