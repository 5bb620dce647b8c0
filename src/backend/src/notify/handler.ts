import { eventHandler } from '../shared/event-function.js';
import { lambdaHandler } from '../shared/lambda.js';
import { notifyFunction } from './process.js';

/** AWS Lambda entry point (serverless.yml: src/backend/src/notify/handler.handler). */
export const handler = lambdaHandler((runtime) => eventHandler(notifyFunction, runtime));
