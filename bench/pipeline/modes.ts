import type { ModeName } from './config.js';

/**
 * The engine's timing in each mode, as environment for the whole stack (the engine reads
 * them; the other parts ignore them). Everything else is `npm start` as it is.
 */
export interface Mode {
  name: ModeName;
  label: string;
  env: Record<string, string>;
}

export const MODES: Record<ModeName, Mode> = {
  // npm start's own settings: NOTIFY wakes the event processor and the live-query pollers,
  // 1 s polling (10 s for trigger-watched pollers) is the backstop.
  ours: { name: 'ours', label: 'ours (NOTIFY)', env: {} },
  // Hasura v2's defaults: the event processor polls event_log every second, every live
  // query re-runs every second, nothing listens (as bench/events and bench/subscriptions).
  hasura: {
    name: 'hasura',
    label: "Hasura's timing (1 s polls)",
    env: {
      HASURA_GRAPHQL_EVENTS_FETCH_INTERVAL: '1000',
      ENGINE_EVENTS_NOTIFY: 'false',
      HASURA_GRAPHQL_LIVE_QUERIES_MULTIPLEXED_REFETCH_INTERVAL: '1000',
      ENGINE_LIVE_QUERIES_NOTIFY: 'false',
    },
  },
};
