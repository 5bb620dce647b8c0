/** The engine's public surface for the rest of the project (dev stack, benchmarks, tests). */
export { startEngine, ENGINE_VERSION, type RunningEngine, type StartOptions, type Logger } from './engine.js';
export { configFromEnv, type EngineConfig } from './config.js';
export { loadMetadataDirectory } from './metadata/load-directory.js';
export { normalizeMetadata } from './metadata/normalize.js';
export type { HasuraMetadata } from './metadata/types.js';
export { authenticate, AuthError, type AuthSettings, type Session } from './auth/index.js';
