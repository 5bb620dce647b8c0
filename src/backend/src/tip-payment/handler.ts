import { eventHandler } from '../shared/event-function.js';
import { lambdaHandler } from '../shared/lambda.js';
import { tipPaymentFunction } from './process.js';

/** AWS Lambda entry point (serverless.yml: src/backend/src/tip-payment/handler.handler). */
export const handler = lambdaHandler((runtime) => eventHandler(tipPaymentFunction, runtime));
