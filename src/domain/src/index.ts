export * from './order-status.js';
export * from './card-tokenizer.js';
export * from './format.js';
export * from './order-limits.js';
export * from './account-rules.js';
export * from './pricing.js';
export * from './order-ahead.js';
