/**
 * Engine part 2: reliable eventing with Hasura's event triggers. The engine creates one
 * `EventsService`, calls `applyMetadata` on every metadata change, and registers
 * `eventMetadataHandlers` with the metadata API.
 */
export { createEventsService, type EventsService, type EventsServiceOptions } from './service.js';
export { eventMetadataHandlers } from './api/index.js';
export { EVENT_CHANNEL, dropEventCatalog, ensureEventCatalog, eventCatalogExists } from './catalog.js';
export { syncEventTriggers, type SyncReport } from './sync-triggers.js';
