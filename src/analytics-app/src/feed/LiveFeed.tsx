import { memo, useEffect, useMemo, useReducer, useRef } from 'react';
import { useQuery, useSubscription } from '@apollo/client/react';
import { getFragmentData, graphql } from '../gql/index.js';
import { LIVE } from '../apollo/client.js';
import { useConnections } from '../connection/ConnectionContext.js';
import { PanelState } from '../dashboard/PanelState.js';
import { formatCents, formatTime, isFailureOrderStatus, orderStatusLabel, shortOrderId } from '@3factor/domain';
import { cursorAfter, FEED_WINDOW, mergeFeed, type FeedEntry } from './feed-window.js';

export const FEED_ENTRY_FIELDS = graphql(`
  fragment FeedEntryFields on order_status_history {
    id
    order_id
    from_status
    to_status
    changed_at
    order {
      id
      total_cents
      item_count
      restaurant {
        id
        name
      }
    }
  }
`);

/** The newest changes, to fill the window before the stream starts after them. */
export const FEED_SEED_QUERY = graphql(`
  query DashboardFeedSeed($limit: Int!) {
    order_status_history(order_by: { id: desc }, limit: $limit) {
      ...FeedEntryFields
    }
  }
`);

/** Hasura's streaming subscription: every row after the cursor, in batches, each once. */
export const FEED_STREAM_SUBSCRIPTION = graphql(`
  subscription DashboardFeedStream($after: bigint!, $batchSize: Int!) {
    order_status_history_stream(batch_size: $batchSize, cursor: { initial_value: { id: $after }, ordering: ASC }) {
      ...FeedEntryFields
    }
  }
`);

/** How soon after a stream batch the newest window is read again (see useLiveFeed). */
const RECONCILE_MS = 1000;

function feedReducer(state: FeedEntry[], incoming: readonly FeedEntry[]): FeedEntry[] {
  return mergeFeed(state, incoming);
}

export function useLiveFeed() {
  const seed = useQuery(FEED_SEED_QUERY, { ...LIVE, variables: { limit: FEED_WINDOW } });
  const [entries, add] = useReducer(feedReducer, []);
  const seedRows = getFragmentData(FEED_ENTRY_FIELDS, seed.data?.order_status_history);
  // A result without a cache may arrive as a new object on each render: seed once.
  const seeded = useRef(false);
  useEffect(() => {
    if (seedRows && !seeded.current) {
      seeded.current = true;
      add(seedRows);
    }
  }, [seedRows]);
  // The stream's cursor is taken again each time the socket comes up: after a reconnect the
  // stream resumes after the newest row shown instead of replaying everything since the seed.
  const connections = useConnections();
  const latest = useRef(entries);
  latest.current = entries;
  const haveSeed = seedRows !== undefined;
  const after = useMemo(
    () => (haveSeed ? cursorAfter(latest.current.length > 0 ? latest.current : (seedRows ?? [])) : 0),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [haveSeed, connections],
  );
  // A stream cursor on a sequence can pass a row whose transaction commits after a later
  // one (Hasura's streaming subscriptions behave the same): such a row would never be
  // streamed. So after stream batches the newest window is read again, at most once per
  // RECONCILE_MS, and merged; a late row shows up within that delay.
  const reconcile = useRef<ReturnType<typeof setTimeout> | null>(null);
  const refetchSeed = seed.refetch;
  useEffect(
    () => () => {
      if (reconcile.current) clearTimeout(reconcile.current);
    },
    [],
  );
  const stream = useSubscription(FEED_STREAM_SUBSCRIPTION, {
    ...LIVE,
    skip: !seedRows,
    variables: { after, batchSize: FEED_WINDOW },
    onData: ({ data }) => {
      add(getFragmentData(FEED_ENTRY_FIELDS, data.data?.order_status_history_stream ?? []));
      if (reconcile.current) return;
      reconcile.current = setTimeout(() => {
        reconcile.current = null;
        refetchSeed({ limit: FEED_WINDOW }).then(
          (result) => add(getFragmentData(FEED_ENTRY_FIELDS, result.data?.order_status_history ?? [])),
          () => {}, // the next batch tries again; the stream itself is unaffected
        );
      }, RECONCILE_MS);
    },
  });
  return { entries, loading: !seedRows, error: seed.error ?? stream.error };
}

/** Units in the order: Hasura's computed field orders.item_count, summed in the database. */
export function itemCountLabel(count: number | null | undefined): string {
  return count == null ? '' : ` · ${count} ${count === 1 ? 'item' : 'items'}`;
}

/** One change; memoized, so a new batch renders only its new rows. */
const FeedItem = memo(function FeedItem({ entry: e }: { entry: FeedEntry }) {
  return (
    <li className={isFailureOrderStatus(e.to_status) ? 'feed-failure' : undefined} data-to-status={e.to_status}>
      <time dateTime={e.changed_at}>{formatTime(e.changed_at)}</time>
      <span className="feed-order" title={e.order_id}>
        #{shortOrderId(e.order_id)}
      </span>
      <span className="feed-change">
        {e.from_status ? `${orderStatusLabel(e.from_status)} → ` : ''}
        <strong>{orderStatusLabel(e.to_status)}</strong>
      </span>
      <span className="feed-where muted">
        {e.order?.restaurant?.name ?? ''}
        {itemCountLabel(e.order?.item_count)}
        {e.order?.total_cents != null ? ` · ${formatCents(e.order.total_cents)}` : ''}
      </span>
    </li>
  );
});

export function FeedList({ entries }: { entries: FeedEntry[] }) {
  if (entries.length === 0) return <p className="muted">No orders yet. Place one, or start the load generator.</p>;
  return (
    // Focusable, so a keyboard can reach and scroll the list (it scrolls within the panel).
    <ol className="feed" aria-label="Status changes, newest first" tabIndex={0}>
      {entries.map((e) => (
        <FeedItem key={String(e.id)} entry={e} />
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
