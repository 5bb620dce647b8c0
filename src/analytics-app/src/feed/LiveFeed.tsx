import { useEffect, useReducer } from 'react';
import { gql, type TypedDocumentNode } from '@apollo/client';
import { useQuery, useSubscription } from '@apollo/client/react';
import { LIVE } from '../apollo/client.js';
import { PanelState } from '../dashboard/PanelState.js';
import { formatCents, formatClock, isFailureStatus, statusLabel } from '../format.js';
import { cursorAfter, FEED_WINDOW, mergeFeed, type FeedEntry } from './feed-window.js';

export const FEED_ENTRY_FIELDS = gql`
  fragment FeedEntryFields on order_status_history {
    id
    order_id
    from_status
    to_status
    changed_at
    order {
      id
      total_cents
      restaurant {
        id
        name
      }
    }
  }
`;

/** The newest changes, to fill the window before the stream starts after them. */
export const FEED_SEED_QUERY: TypedDocumentNode<{ order_status_history: FeedEntry[] }, { limit: number }> = gql`
  query DashboardFeedSeed($limit: Int!) {
    order_status_history(order_by: { id: desc }, limit: $limit) {
      ...FeedEntryFields
    }
  }
  ${FEED_ENTRY_FIELDS}
`;

/** Hasura's streaming subscription: every row after the cursor, in batches, each once. */
export const FEED_STREAM_SUBSCRIPTION: TypedDocumentNode<{ order_status_history_stream: FeedEntry[] }, { after: number; batchSize: number }> = gql`
  subscription DashboardFeedStream($after: bigint!, $batchSize: Int!) {
    order_status_history_stream(batch_size: $batchSize, cursor: { initial_value: { id: $after }, ordering: ASC }) {
      ...FeedEntryFields
    }
  }
  ${FEED_ENTRY_FIELDS}
`;

function feedReducer(state: FeedEntry[], incoming: FeedEntry[]): FeedEntry[] {
  return mergeFeed(state, incoming);
}

export function useLiveFeed() {
  const seed = useQuery(FEED_SEED_QUERY, { ...LIVE, variables: { limit: FEED_WINDOW } });
  const [entries, add] = useReducer(feedReducer, []);
  const seedRows = seed.data?.order_status_history;
  useEffect(() => {
    if (seedRows) add(seedRows);
  }, [seedRows]);
  const after = seedRows ? cursorAfter(seedRows) : 0;
  const stream = useSubscription(FEED_STREAM_SUBSCRIPTION, {
    ...LIVE,
    skip: !seedRows,
    variables: { after, batchSize: FEED_WINDOW },
    onData: ({ data }) => add(data.data?.order_status_history_stream ?? []),
  });
  return { entries, loading: !seedRows, error: seed.error ?? stream.error };
}

export function FeedList({ entries }: { entries: FeedEntry[] }) {
  if (entries.length === 0) return <p className="muted">No orders yet. Place one, or start the load generator.</p>;
  return (
    <ol className="feed" aria-label="Status changes, newest first">
      {entries.map((e) => (
        <li key={String(e.id)} className={isFailureStatus(e.to_status) ? 'feed-failure' : undefined} data-to-status={e.to_status}>
          <time dateTime={e.changed_at}>{formatClock(e.changed_at)}</time>
          <span className="feed-order" title={e.order_id}>
            #{e.order_id.slice(0, 8)}
          </span>
          <span className="feed-change">
            {e.from_status ? `${statusLabel(e.from_status)} → ` : ''}
            <strong>{statusLabel(e.to_status)}</strong>
          </span>
          <span className="feed-where muted">
            {e.order?.restaurant?.name ?? ''}
            {e.order?.total_cents != null ? ` · ${formatCents(e.order.total_cents)}` : ''}
          </span>
        </li>
      ))}
    </ol>
  );
}

export function LiveFeed() {
  const { entries, loading, error } = useLiveFeed();
  return (
    <section className="panel panel-feed" aria-labelledby="feed-title">
      <h2 id="feed-title">Live feed</h2>
      <PanelState loading={loading} error={error}>
        <FeedList entries={entries} />
      </PanelState>
    </section>
  );
}
