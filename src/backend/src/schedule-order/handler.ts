import { eventHandler } from '../shared/event-function.js';
import { lambdaHandler } from '../shared/lambda.js';
import { scheduleOrderFunction } from './process.js';

/** AWS Lambda entry point (serverless.yml: src/backend/src/schedule-order/handler.handler). */
export const handler = lambdaHandler((runtime) => eventHandler(scheduleOrderFunction, runtime));
