import type { MetadataHandler } from '../../metadata/api/context.js';
import { getEventById, getEventInvocationLogs, getEventLogs } from './event-logs.js';
import { invokeEventTrigger, redeliverEvent } from './deliver-events.js';
import { createEventTrigger, deleteEventTrigger } from './manage-triggers.js';

/**
 * The event operations of `/v1/metadata` and their legacy `/v1/query` names. The legacy
 * forms take the same arguments without `source` (which defaults to "default").
 */
export const eventMetadataHandlers: Record<string, MetadataHandler> = {
  pg_create_event_trigger: createEventTrigger,
  pg_delete_event_trigger: deleteEventTrigger,
  pg_redeliver_event: redeliverEvent,
  pg_invoke_event_trigger: invokeEventTrigger,
  pg_get_event_logs: getEventLogs,
  pg_get_event_invocation_logs: getEventInvocationLogs,
  pg_get_event_by_id: getEventById,
  create_event_trigger: createEventTrigger,
  delete_event_trigger: deleteEventTrigger,
  redeliver_event: redeliverEvent,
  invoke_event_trigger: invokeEventTrigger,
};
