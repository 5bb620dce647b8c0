import { lambdaHandler } from '../shared/lambda.js';
import { scheduledHandler } from '../shared/scheduled-function.js';
import { kitchenTimeoutFunction } from './process.js';

/** AWS Lambda entry point (serverless.yml: src/backend/src/kitchen-timeout/handler.handler). */
export const handler = lambdaHandler((runtime) => scheduledHandler(kitchenTimeoutFunction, runtime));
