import type { MetadataHandler } from '../../metadata/api/context.js';
import { createCronTrigger, deleteCronTrigger, getCronTriggers } from './cron-triggers.js';
import { createScheduledEvent, deleteScheduledEvent, getScheduledEventInvocations, getScheduledEvents } from './scheduled-events.js';

/** The scheduled-trigger operations of `/v1/metadata` (also accepted by the legacy `/v1/query`). */
export const scheduledMetadataHandlers: Record<string, MetadataHandler> = {
  create_cron_trigger: createCronTrigger,
  delete_cron_trigger: deleteCronTrigger,
  get_cron_triggers: getCronTriggers,
  create_scheduled_event: createScheduledEvent,
  delete_scheduled_event: deleteScheduledEvent,
  get_scheduled_events: getScheduledEvents,
  get_scheduled_event_invocations: getScheduledEventInvocations,
};
