import { eventHandler } from '../shared/event-function.js';
import { lambdaHandler } from '../shared/lambda.js';
import { paymentFunction } from './process.js';

/** AWS Lambda entry point (serverless.yml: src/backend/src/payment/handler.handler). */
export const handler = lambdaHandler((runtime) => eventHandler(paymentFunction, runtime));
