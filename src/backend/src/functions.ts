import { agentAvailableFunction } from './agent-available/process.js';
import { agentAssignmentFunction } from './agent-assignment/process.js';
import { createAuthHandler } from './auth/handler.js';
import { paymentFunction } from './payment/process.js';
import { restaurantApprovalFunction } from './restaurant-approval/process.js';
import { eventHandler } from './shared/event-function.js';
import type { FunctionHandler } from './shared/http.js';
import type { FunctionRuntime } from './shared/runtime.js';
import { validateOrderFunction } from './validate-order/process.js';

/** Every function and the paths it answers on: the same routes serverless.yml gives API Gateway. */
export interface FunctionRoute {
  name: string;
  paths: readonly string[];
  build(runtime: FunctionRuntime): FunctionHandler;
}

export const FUNCTION_ROUTES: readonly FunctionRoute[] = [
  { name: 'validate-order', paths: ['/validate-order'], build: (rt) => eventHandler(validateOrderFunction, rt) },
  { name: 'payment', paths: ['/payment'], build: (rt) => eventHandler(paymentFunction, rt) },
  { name: 'restaurant-approval', paths: ['/restaurant-approval'], build: (rt) => eventHandler(restaurantApprovalFunction, rt) },
  { name: 'agent-assignment', paths: ['/agent-assignment'], build: (rt) => eventHandler(agentAssignmentFunction, rt) },
  { name: 'agent-available', paths: ['/agent-available'], build: (rt) => eventHandler(agentAvailableFunction, rt) },
  { name: 'auth', paths: ['/auth/signup', '/auth/login'], build: (rt) => createAuthHandler(rt) },
];
