import { lambdaHandler } from '../shared/lambda.js';
import { scheduledHandler } from '../shared/scheduled-function.js';
import { placeScheduledOrderFunction } from './process.js';

/** AWS Lambda entry point (serverless.yml: src/backend/src/place-scheduled-order/handler.handler). */
export const handler = lambdaHandler((runtime) => scheduledHandler(placeScheduledOrderFunction, runtime));
