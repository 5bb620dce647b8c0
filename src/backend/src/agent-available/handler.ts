import { eventHandler } from '../shared/event-function.js';
import { lambdaHandler } from '../shared/lambda.js';
import { agentAvailableFunction } from './process.js';

/** AWS Lambda entry point (serverless.yml: src/backend/src/agent-available/handler.handler). */
export const handler = lambdaHandler((runtime) => eventHandler(agentAvailableFunction, runtime));
