import { eventHandler } from '../shared/event-function.js';
import { lambdaHandler } from '../shared/lambda.js';
import { agentAssignmentFunction } from './process.js';

/** AWS Lambda entry point (serverless.yml: src/backend/src/agent-assignment/handler.handler). */
export const handler = lambdaHandler((runtime) => eventHandler(agentAssignmentFunction, runtime));
