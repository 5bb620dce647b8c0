import { randomInt } from 'node:crypto';
import type { LoadGeneratorConfig } from './config.js';
import { createControlHandler, type ControlHandler } from './control-http.js';
import { createGraphQLApi } from './graphql-api.js';
import { seededRandom } from './random.js';
import { SimulationRunner } from './runner.js';
import { Simulation } from './simulation.js';

export { loadGeneratorConfigFromEnv, type LoadGeneratorConfig } from './config.js';

/** A ready-to-mount load generator: its HTTP control and a way to shut it down. */
export interface LoadGenerator {
  handle: ControlHandler;
  close(): void;
}

export function createLoadGenerator(config: LoadGeneratorConfig): LoadGenerator {
  const simulation = new Simulation(createGraphQLApi(config), seededRandom(randomInt(2 ** 31)), config.pace);
  const runner = new SimulationRunner(simulation);
  return { handle: createControlHandler(runner, config.jwt), close: () => runner.close() };
}
