import { lambdaHandler } from '../shared/lambda.js';
import { scheduledHandler } from '../shared/scheduled-function.js';
import { paymentTimeoutFunction } from './process.js';

/** AWS Lambda entry point (serverless.yml: src/backend/src/payment-timeout/handler.handler). */
export const handler = lambdaHandler((runtime) => scheduledHandler(paymentTimeoutFunction, runtime));
