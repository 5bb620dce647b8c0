import { useSubscription } from '@apollo/client/react';
import { graphql } from '../gql/index.js';
import { LIVE } from '../apollo/client.js';
import { PanelState } from '../dashboard/PanelState.js';
import { formatCount, formatDuration, formatQuantity } from '@3factor/domain';

// analytics_conversations: one row of counts computed in Postgres (no text, no senders); the
// view depends on now(), so the engine refreshes it every second.
export const CONVERSATIONS_SUBSCRIPTION = graphql(`
  subscription DashboardConversations {
    analytics_conversations {
      messages_last_hour
      messages_last_day
      median_first_reply_seconds
      kitchen_replies_last_day
    }
  }
`);

/** Messages per hour and how fast kitchens answer a customer's first message. */
export function ConversationsPanel() {
  const { data, error, loading } = useSubscription(CONVERSATIONS_SUBSCRIPTION, LIVE);
  const figures = data?.analytics_conversations[0];
  return (
    <section className="panel panel-conversations" aria-labelledby="conversations-title">
      <h2 id="conversations-title">Conversations</h2>
      <p className="muted" data-testid="conversations-period">
        Messages of the last hour and the last 24 hours; the kitchens' first replies to customers who wrote in the last 24 hours.
      </p>
      <PanelState loading={loading && !figures} error={error}>
        {figures && (
          <dl className="kpis">
            <div className="kpi">
              <dt>Messages, last hour</dt>
              <dd>
                <span className="kpi-value" data-kpi="Messages, last hour">
                  {formatCount(figures.messages_last_hour)}
                </span>
                <span className="kpi-detail">{formatCount(Math.round((figures.messages_last_day ?? 0) / 24))} an hour over the last 24 hours</span>
              </dd>
            </div>
            <div className="kpi">
              <dt>Kitchens’ first reply, median</dt>
              <dd>
                <span className="kpi-value" data-kpi="Kitchens’ first reply, median">
                  {formatDuration(figures.median_first_reply_seconds)}
                </span>
                <span className="kpi-detail">from the customer’s first message, {formatQuantity(figures.kitchen_replies_last_day ?? 0, 'order')} answered</span>
              </dd>
            </div>
          </dl>
        )}
      </PanelState>
    </section>
  );
}
