/**
 * Concurrency, latency and cost over the run, per time bucket, with a line at the current
 * time. The default export is loaded with React.lazy: uPlot stays out of the first load.
 */
import { useMemo } from 'react';
import { formatMs, formatUsd } from '../timeline/format.ts';
import type { PlaybackRun } from '../timeline/playback-run.ts';
import { COLOR } from '../overlay/token-style.ts';
import { TimeChart, type ChartSeries } from './TimeChart.tsx';

const count = (v: number) =>
  Math.abs(v) >= 1000 ? `${Number((v / 1000).toFixed(1))}k` : `${Number(v.toFixed(1))}`;

export default function Charts({ run, timeMs }: { run: PlaybackRun; timeMs: number }) {
  const charts = useMemo(() => {
    const s = run.result.series;
    const xs = Float64Array.from(s.start, (start) => (start + s.bucketMs) / 1000);
    const p = run.latency.perBucket;
    const concurrency: ChartSeries[] = [
      { label: 'average', color: COLOR.warm, values: s.concurrency },
      { label: 'peak', color: COLOR.fail, values: s.concurrencyPeak, dash: [4, 3] },
    ];
    const latency: ChartSeries[] = [
      { label: 'p50', color: '#0f766e', values: p.p50 },
      { label: 'p95', color: COLOR.warm, values: p.p95 },
      { label: 'p99', color: COLOR.cold, values: p.p99, dash: [4, 3] },
    ];
    const cost: ChartSeries[] = [{ label: 'so far', color: '#15803d', values: s.costUsd }];
    return { xs, concurrency, latency, cost };
  }, [run]);
  const timeSec = timeMs / 1000;
  return (
    <div className="grid grid-cols-1 gap-2 md:grid-cols-3" data-testid="charts">
      <TimeChart
        title="Concurrency"
        xs={charts.xs}
        series={charts.concurrency}
        timeSec={timeSec}
        unit={count}
      />
      <TimeChart
        title="Latency"
        xs={charts.xs}
        series={charts.latency}
        timeSec={timeSec}
        unit={formatMs}
      />
      <TimeChart
        title="Cost"
        xs={charts.xs}
        series={charts.cost}
        timeSec={timeSec}
        unit={formatUsd}
      />
    </div>
  );
}
