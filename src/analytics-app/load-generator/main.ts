import { createServer } from 'node:http';
import { createLoadGenerator, loadGeneratorConfigFromEnv } from './index.js';

/**
 * Standalone control server, for deployments where the dashboard is served as static
 * files: `npm run load-generator -w src/analytics-app` (env LOAD_GENERATOR_PORT, 8082),
 * with the dashboard built with VITE_LOAD_GENERATOR_URL=http://host:8082.
 */
const config = loadGeneratorConfigFromEnv(process.env);
const generator = createLoadGenerator(config);
const server = createServer((req, res) => {
  generator.handle(req, res).catch((error: unknown) => {
    res.statusCode = 500;
    res.end(String(error));
  });
});
server.listen(config.port, config.host, () => {
  console.log(`load generator control on http://${config.host}:${config.port} (GraphQL ${config.graphqlUrl})`);
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    generator.close();
    server.close(() => process.exit(0));
  });
}
