import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Plugin, PreviewServer, ViteDevServer } from 'vite';
import { createLoadGenerator, loadGeneratorConfigFromEnv } from './index.js';

/** Where the dashboard finds the control by default (src/config.ts). */
export const CONTROL_PATH = '/api/load-generator';

/**
 * Runs the load generator inside the analytics app's own server process (`vite` and
 * `vite preview`), so `npm start` needs no extra process for it. Node code only: none of
 * it reaches the browser bundle.
 */
export function loadGeneratorPlugin(env: Readonly<Record<string, string | undefined>>): Plugin {
  const mount = (server: ViteDevServer | PreviewServer) => {
    const generator = createLoadGenerator(loadGeneratorConfigFromEnv(env));
    server.middlewares.use(CONTROL_PATH, (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => {
      generator.handle(req, res).catch(next);
    });
    server.httpServer?.once('close', () => generator.close());
  };
  return {
    name: '3factor-load-generator',
    configureServer: mount,
    configurePreviewServer: mount,
  };
}
