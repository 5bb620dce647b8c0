export * from './json-path.js';
export * from './jwt-secret.js';
