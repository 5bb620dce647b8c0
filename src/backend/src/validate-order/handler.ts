import { eventHandler } from '../shared/event-function.js';
import { lambdaHandler } from '../shared/lambda.js';
import { validateOrderFunction } from './process.js';

/** AWS Lambda entry point (serverless.yml: src/backend/src/validate-order/handler.handler). */
export const handler = lambdaHandler((runtime) => eventHandler(validateOrderFunction, runtime));
