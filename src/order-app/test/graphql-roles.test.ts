import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, Kind, validate, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import * as generated from '../src/gql/graphql.js';

/**
 * Codegen checks the app's documents against the union of its roles' schemas
 * (codegen.ts); this checks each operation against the schema of every role that runs it,
 * so a page cannot ask for a field that only another role may see. The roles follow the
 * routes (routing/routes.ts requiredRole): the restaurant list and menus are open to all.
 */
const ROLES_OF: Record<string, readonly string[]> = {
  Restaurants: ['anonymous', 'customer', 'restaurant', 'agent'],
  RestaurantMenu: ['anonymous', 'customer', 'restaurant', 'agent'],
  DishTags: ['anonymous', 'customer', 'restaurant', 'agent'],
  SearchMenu: ['anonymous', 'customer', 'restaurant', 'agent'],
  PlaceOrder: ['customer'],
  OrderExists: ['customer'],
  MyOrders: ['customer'],
  MyOrderCount: ['customer'],
  OrderLive: ['customer'],
  OrderRating: ['customer'],
  RateOrder: ['customer'],
  UpdateRating: ['customer'],
  AddTip: ['customer'],
  ReorderItems: ['customer'],
  CancelOrder: ['customer'],
  // Order ahead: the checkout's times, scheduling, and the orders page's Scheduled list.
  OpeningHours: ['customer'],
  ScheduleOrder: ['customer'],
  ScheduledOrderExists: ['customer'],
  MyScheduledOrders: ['customer'],
  CancelScheduledOrder: ['customer'],
  SubmitPayment: ['customer'],
  MyRestaurant: ['restaurant'],
  IncomingOrders: ['restaurant'],
  OrdersInProgress: ['restaurant'],
  RecentlyDeclined: ['restaurant'],
  RecentlyCancelled: ['restaurant'],
  ApproveOrder: ['restaurant'],
  RejectOrder: ['restaurant'],
  KitchenOpeningHours: ['restaurant'],
  AddOpeningHours: ['restaurant'],
  RemoveOpeningHours: ['restaurant'],
  SavedAddresses: ['customer'],
  // Checkout's fee preview and the printable receipt: customers only.
  CheckoutCharges: ['customer'],
  OrderReceipt: ['customer'],
  SaveAddress: ['customer'],
  UpdateAddress: ['customer'],
  MakeDefaultAddress: ['customer'],
  DeleteAddress: ['customer'],
  MeAsAgent: ['agent'],
  MyDeliveries: ['agent'],
  RecentlyDelivered: ['agent'],
  MarkPickedUp: ['agent'],
  MarkDelivered: ['agent'],
  // An order's conversation, for each of its members, and everyone's own notifications and presence.
  MessageStream: ['customer', 'restaurant', 'agent'],
  ConversationReceipts: ['customer', 'restaurant', 'agent'],
  MarkConversationRead: ['customer', 'restaurant', 'agent'],
  ConversationMembers: ['customer', 'restaurant', 'agent'],
  ConversationPresence: ['customer', 'restaurant', 'agent'],
  ConversationTyping: ['customer', 'restaurant', 'agent'],
  SendMessage: ['customer', 'restaurant', 'agent'],
  EditMessage: ['customer', 'restaurant', 'agent'],
  DeleteMessage: ['customer', 'restaurant', 'agent'],
  Heartbeat: ['customer', 'restaurant', 'agent'],
  Typing: ['customer', 'restaurant', 'agent'],
  MyNotifications: ['customer', 'restaurant', 'agent'],
  MyUnreadNotifications: ['customer', 'restaurant', 'agent'],
  MarkNotificationsRead: ['customer', 'restaurant', 'agent'],
  // Sign-in: the login and signup Actions, open to the anonymous role only.
  Login: ['anonymous'],
  Signup: ['anonymous'],
};

const schemaOf = (role: string) => buildSchema(readFileSync(join(import.meta.dirname, '..', 'graphql', `${role}.graphql`), 'utf8'));
const schemas = new Map(['anonymous', 'customer', 'restaurant', 'agent'].map((role) => [role, schemaOf(role)]));

function operationOf(document: DocumentNode): OperationDefinitionNode | undefined {
  return document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
}

const operations = Object.values(generated as Record<string, unknown>)
  .filter((value): value is DocumentNode => typeof value === 'object' && value !== null && (value as DocumentNode).kind === Kind.DOCUMENT)
  .flatMap((document) => {
    const operation = operationOf(document);
    return operation?.name ? [{ name: operation.name.value, document }] : [];
  });

describe("the app's operations against its roles' schemas", () => {
  it('names the roles of every operation in the app, and only those', () => {
    expect(operations.map((o) => o.name).sort()).toEqual(Object.keys(ROLES_OF).sort());
  });

  it.each(operations.flatMap(({ name, document }) => (ROLES_OF[name] ?? []).map((role) => [name, role, document] as const)))('%s is valid for %s', (_name, role, document) => {
    expect(validate(schemas.get(role)!, document).map((e) => e.message)).toEqual([]);
  });
});
