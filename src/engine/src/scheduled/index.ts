/**
 * Engine part 4: Hasura's scheduled triggers (cron triggers and one-off scheduled events). The
 * engine creates one `ScheduledService` and calls `applyMetadata` on every metadata change; the
 * metadata API's operations are a front end over the same catalog, in `api/`.
 */
export { createScheduledService, type ScheduledService, type ScheduledServiceOptions } from './service.js';
export { SCHEDULED_CHANNEL, ensureScheduledCatalog } from './catalog.js';
