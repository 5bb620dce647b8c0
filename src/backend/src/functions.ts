import { agentAvailableFunction } from './agent-available/process.js';
import { agentAssignmentFunction } from './agent-assignment/process.js';
import { createAuthHandler } from './auth/handler.js';
import { paymentFunction } from './payment/process.js';
import { restaurantApprovalFunction } from './restaurant-approval/process.js';
import { eventHandler } from './shared/event-function.js';
import type { FunctionHandler } from './shared/http.js';
import type { FunctionRuntime } from './shared/runtime.js';
import { scheduledHandler } from './shared/scheduled-function.js';
import { tipPaymentFunction } from './tip-payment/process.js';
import { kitchenTimeoutFunction } from './kitchen-timeout/process.js';
import { notifyFunction } from './notify/process.js';
import { paymentTimeoutFunction } from './payment-timeout/process.js';
import { orderSweeperFunction } from './order-sweeper/process.js';
import { placeScheduledOrderFunction } from './place-scheduled-order/process.js';
import { scheduleOrderFunction } from './schedule-order/process.js';
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
  { name: 'tip-payment', paths: ['/tip-payment'], build: (rt) => eventHandler(tipPaymentFunction, rt) },
  { name: 'restaurant-approval', paths: ['/restaurant-approval'], build: (rt) => eventHandler(restaurantApprovalFunction, rt) },
  { name: 'agent-assignment', paths: ['/agent-assignment'], build: (rt) => eventHandler(agentAssignmentFunction, rt) },
  { name: 'agent-available', paths: ['/agent-available'], build: (rt) => eventHandler(agentAvailableFunction, rt) },
  // One function, two triggers: a message posted and an order's status changed.
  { name: 'notify', paths: ['/notify-message', '/notify-status'], build: (rt) => eventHandler(notifyFunction, rt) },
  { name: 'payment-timeout', paths: ['/payment-timeout'], build: (rt) => scheduledHandler(paymentTimeoutFunction, rt) },
  { name: 'kitchen-timeout', paths: ['/kitchen-timeout'], build: (rt) => scheduledHandler(kitchenTimeoutFunction, rt) },
  { name: 'schedule-order', paths: ['/schedule-order'], build: (rt) => eventHandler(scheduleOrderFunction, rt) },
  { name: 'place-scheduled-order', paths: ['/place-scheduled-order'], build: (rt) => scheduledHandler(placeScheduledOrderFunction, rt) },
  { name: 'order-sweeper', paths: ['/order-sweeper'], build: (rt) => scheduledHandler(orderSweeperFunction, rt) },
  { name: 'auth', paths: ['/auth/signup', '/auth/login'], build: (rt) => createAuthHandler(rt) },
];
