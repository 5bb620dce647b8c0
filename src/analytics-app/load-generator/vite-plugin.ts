import type { Plugin } from 'vite';
import { createLoadGenerator, loadGeneratorConfigFromEnv } from './index.js';

/** Where the dashboard finds the control by default (src/config.ts). */
export const CONTROL_PATH = '/api/load-generator';

/**
 * Runs the load generator inside the analytics app's own server process (`vite` and
 * `vite preview`), so `npm start` needs no extra process for it. Node code only: none of
 * it reaches the browser bundle.
 */
export function loadGeneratorPlugin(env: Readonly<Record<string, string | undefined>>): Plugin {
  const mount = (server: { middlewares: { use: (path: string, fn: (req: any, res: any, next: (e?: unknown) => void) => void) => void }; httpServer: { once(event: 'close', fn: () => void): unknown } | null }) => {
    const generator = createLoadGenerator(loadGeneratorConfigFromEnv(env));
    server.middlewares.use(CONTROL_PATH, (req, res, next) => {
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
