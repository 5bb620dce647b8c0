import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { formatTime } from '@3factor/domain';
import type { ThroughputSeries } from './throughput-series.js';

const HEIGHT = 220;

function options(width: number): uPlot.Options {
  const bars = uPlot.paths.bars?.({ size: [0.7, 24], gap: 1 });
  return {
    width,
    height: HEIGHT,
    scales: { x: { time: true }, y: { range: (_u, _min, max) => [0, Math.max(4, Math.ceil(max * 1.15))] } },
    axes: [
      // Times read as everywhere else in both apps ("4:05 PM"), not uPlot's own "4:05pm".
      { stroke: '#8b93a7', grid: { stroke: '#2a3142', width: 1 }, values: (_u, splits) => splits.map((s) => formatTime(new Date(s * 1000).toISOString(), 'minute')) },
      { stroke: '#8b93a7', grid: { stroke: '#2a3142', width: 1 }, label: 'orders / min', size: 50 },
    ],
    legend: { show: true, live: false },
    cursor: { drag: { x: false, y: false } },
    series: [
      {},
      { label: 'Placed', stroke: '#5b9cff', fill: 'rgba(91, 156, 255, 0.45)', ...(bars ? { paths: bars } : {}) },
      { label: 'Delivered', stroke: '#3ecf8e', width: 2 },
      { label: 'Failed', stroke: '#ff6b6b', width: 2 },
    ],
  };
}

/**
 * uPlot on a canvas: 60 points per series, redrawn in place with setData when a new
 * result arrives (no React re-render of the chart), resized with its container.
 */
export function ThroughputChart({ series }: { series: ThroughputSeries }) {
  const container = useRef<HTMLDivElement>(null);
  const plot = useRef<uPlot | null>(null);

  useEffect(() => {
    const el = container.current;
    if (!el) return;
    const chart = new uPlot(options(el.clientWidth || 600), series, el);
    plot.current = chart;
    const resize = new ResizeObserver(() => chart.setSize({ width: el.clientWidth || 600, height: HEIGHT }));
    resize.observe(el);
    return () => {
      resize.disconnect();
      chart.destroy();
      plot.current = null;
    };
    // Created once; data changes go through setData below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    plot.current?.setData(series);
  }, [series]);

  return <div ref={container} className="throughput-chart" role="img" aria-label="Orders per minute over the last hour" />;
}
