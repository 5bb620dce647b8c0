import { describe, expect, it } from 'vitest';
import { backendConfigFromEnv } from '../../src/shared/config.js';
import { actingUser, MESSAGE_PREVIEW_LENGTH, messageNotification, statusNotification } from '../../src/notify/decide.js';

describe('notify: what a notification says', () => {
  it('a message shows its sender and a one-line preview, cut at the preview length', () => {
    expect(messageNotification('bella', '  Rucola\n\tinstead of basil?  ')).toEqual({ title: 'Message from bella', body: 'Rucola instead of basil?' });
    const long = messageNotification('dave', 'x'.repeat(500));
    expect(long.body).toHaveLength(MESSAGE_PREVIEW_LENGTH);
    expect(long.body.endsWith('…')).toBe(true);
  });

  it("a status change reads as the status's label, with the reason only when the order ended badly", () => {
    const id = '0a1b2c3d-0000-4000-8000-000000000000';
    expect(statusNotification(id, 'picked_up', null)).toEqual({ title: 'Order 0a1b2c3d: Picked up', body: '' });
    expect(statusNotification(id, 'restaurant_rejected', 'Out of salami')).toEqual({ title: 'Order 0a1b2c3d: Restaurant declined', body: 'Out of salami' });
    expect(statusNotification(id, 'approved', 'stale reason')).toEqual({ title: 'Order 0a1b2c3d: Restaurant accepted', body: '' });
  });

  it('the acting user is a non-admin session user; admin, functions and malformed ids tell everyone', () => {
    expect(actingUser({ 'x-hasura-role': 'customer', 'x-hasura-user-id': '00000000-0000-4000-8000-00000000A11C' })).toBe('00000000-0000-4000-8000-00000000a11c');
    expect(actingUser({ 'x-hasura-role': 'admin', 'x-hasura-user-id': '00000000-0000-4000-8000-00000000a11c' })).toBeNull();
    expect(actingUser({ 'x-hasura-role': 'agent', 'x-hasura-user-id': 'not-a-uuid' })).toBeNull();
    expect(actingUser({ 'x-hasura-role': 'agent' })).toBeNull();
    expect(actingUser(null)).toBeNull();
    expect(actingUser(undefined)).toBeNull();
  });
});

describe('Web Push configuration', () => {
  const keys = { WEB_PUSH_VAPID_PUBLIC_KEY: 'BPublicKey', WEB_PUSH_VAPID_PRIVATE_KEY: 'privateKey', WEB_PUSH_SUBJECT: 'mailto:ops@example.com' };

  it('is off without the three variables, on with all three', () => {
    expect(backendConfigFromEnv({}).webPush).toBeUndefined();
    expect(backendConfigFromEnv(keys).webPush).toEqual({ publicKey: 'BPublicKey', privateKey: 'privateKey', subject: 'mailto:ops@example.com' });
  });

  it('refuses a partial configuration and a subject that is not a contact URL', () => {
    expect(() => backendConfigFromEnv({ ...keys, WEB_PUSH_VAPID_PRIVATE_KEY: '' })).toThrow('go together');
    expect(() => backendConfigFromEnv({ ...keys, WEB_PUSH_SUBJECT: 'ops@example.com' })).toThrow('mailto: or https:');
  });
});
