import type { ReactNode } from 'react';
import { ConversationsPanel } from '../conversations/ConversationsPanel.js';
import { EventHealthPanel } from '../event-health/EventHealthPanel.js';
import { LiveFeed } from '../feed/LiveFeed.js';
import { FunnelPanel } from '../funnel/FunnelPanel.js';
import { KpiPanel } from '../kpis/KpiPanel.js';
import { LatencyTable } from '../latency/LatencyTable.js';
import { TipsAndPromosPanel } from '../money/TipsAndPromosPanel.js';
import { ArrivalEstimatePanel } from '../estimates/ArrivalEstimatePanel.js';
import { RatingsPanel } from '../ratings/RatingsPanel.js';
import { RestaurantTable } from '../restaurants/RestaurantTable.js';
import { ThroughputPanel } from '../throughput/ThroughputPanel.js';

/** The panels, laid out for a wall screen; the header and the load control are passed in. */
export function Dashboard({ header, loadControl, metadataUrl }: { header: ReactNode; loadControl: ReactNode; metadataUrl: string }) {
  return (
    <div className="dashboard">
      {header}
      <main className="grid">
        <KpiPanel />
        <ThroughputPanel />
        <FunnelPanel />
        <LiveFeed />
        <LatencyTable />
        <RestaurantTable />
        <RatingsPanel />
        <ConversationsPanel />
        <TipsAndPromosPanel />
        <ArrivalEstimatePanel />
        <EventHealthPanel metadataUrl={metadataUrl} />
        {loadControl}
      </main>
    </div>
  );
}
