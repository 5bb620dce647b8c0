import { lambdaHandler } from '../shared/lambda.js';
import { scheduledHandler } from '../shared/scheduled-function.js';
import { orderSweeperFunction } from './process.js';

/** AWS Lambda entry point (serverless.yml: src/backend/src/order-sweeper/handler.handler). */
export const handler = lambdaHandler((runtime) => scheduledHandler(orderSweeperFunction, runtime));
