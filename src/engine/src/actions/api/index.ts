import type { MetadataHandler } from '../../metadata/api/context.js';
import { testWebhookTransform } from './test-webhook-transform.js';
import { createAction, createActionPermission, dropAction, dropActionPermission, setCustomTypes, updateAction } from './actions.js';

/**
 * The action operations, accepted by /v1/metadata and /v1/query alike. The executor hands every
 * handler the server context (with the database catalog these need), so the narrower type holds.
 */
export const actionMetadataHandlers: Record<string, MetadataHandler> = {
  set_custom_types: setCustomTypes as unknown as MetadataHandler,
  create_action: createAction as unknown as MetadataHandler,
  update_action: updateAction as unknown as MetadataHandler,
  drop_action: dropAction as unknown as MetadataHandler,
  create_action_permission: createActionPermission as unknown as MetadataHandler,
  drop_action_permission: dropActionPermission as unknown as MetadataHandler,
  // Transforms belong to actions, event triggers and scheduled events alike; the dry run lives here.
  test_webhook_transform: testWebhookTransform as unknown as MetadataHandler,
};
