/**
 * Engine part 2: reliable eventing with Hasura's event triggers. The engine creates one
 * `EventsService` and calls `applyMetadata` on every metadata change. The metadata API's
 * event-trigger handlers are a front end over it, in `api/` (`eventMetadataHandlers`).
 */
export { createEventsService, type EventsService, type EventsServiceOptions } from './service.js';
export { EVENT_CHANNEL, dropEventCatalog, ensureEventCatalog, eventCatalogExists } from './catalog.js';
export { syncEventTriggers, type SyncReport } from './sync-triggers.js';
