import { eventHandler } from '../shared/event-function.js';
import { lambdaHandler } from '../shared/lambda.js';
import { restaurantApprovalFunction } from './process.js';

/** AWS Lambda entry point (serverless.yml: src/backend/src/restaurant-approval/handler.handler). */
export const handler = lambdaHandler((runtime) => eventHandler(restaurantApprovalFunction, runtime));
