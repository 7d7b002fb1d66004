/**
 * "Cost per month against traffic": both designs' monthly bills over a logarithmic range of
 * average request rates, with the crossover marked. uPlot arrives with this file (lazy-loaded
 * when the learner first opens the chart). Only the lines switched on are summed.
 */
import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import {
  designTotal,
  type Crossover,
  type LineToggles,
  type SweepPoint,
} from '../../domain/crossover/index.ts';
import { DESIGN_COLORS } from './colors.ts';
import { CHART_NAME } from './chart-name.ts';

const AXIS = {
  stroke: '#64748b',
  grid: { stroke: 'rgba(100,116,139,0.18)', width: 1 },
  ticks: { show: false },
  font: '11px system-ui',
};

// uPlot passes null for the log axis's unlabelled ticks.
const usd = (v: number | null) =>
  v === null
    ? ''
    : v >= 1000
      ? `$${Math.round(v / 100) / 10}k`
      : v >= 10
        ? `$${Math.round(v)}`
        : `$${v.toFixed(2)}`;
const rate = (v: number | null) => (v === null ? '' : v >= 1 ? String(Math.round(v)) : String(v));

export default function CrossoverChart({
  points,
  toggles,
  crossover,
  description,
}: {
  points: readonly SweepPoint[];
  toggles: LineToggles;
  crossover: Crossover;
  /** The crossover in words; also the chart's text alternative. */
  description: string;
}) {
  const box = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const el = box.current;
    if (!el || points.length === 0) return;
    const xs = points.map((p) => p.ratePerSec);
    // A log axis cannot show 0: a free month is drawn at one cent.
    const floor = (v: number) => Math.max(0.01, v);
    const data: uPlot.AlignedData = [
      xs,
      points.map((p) => floor(designTotal(p.lambda, toggles))),
      points.map((p) => floor(designTotal(p.containers, toggles))),
    ];
    const cross = crossover.kind === 'crossing' ? crossover.ratePerSec : null;
    const height = 260;
    const u = new uPlot(
      {
        width: Math.max(240, el.clientWidth),
        height,
        legend: { show: false },
        cursor: { show: false },
        scales: { x: { time: false, distr: 3 }, y: { distr: 3 } },
        axes: [
          {
            ...AXIS,
            size: 34,
            label: 'average requests per second',
            labelSize: 14,
            values: (_u, ticks) => ticks.map(rate),
          },
          { ...AXIS, size: 56, values: (_u, ticks) => ticks.map(usd) },
        ],
        series: [
          {},
          { label: 'Lambda', stroke: DESIGN_COLORS.lambda, width: 2, points: { size: 5 } },
          { label: 'Fargate', stroke: DESIGN_COLORS.containers, width: 2, points: { size: 5 } },
        ],
        hooks: {
          draw: [
            (plot) => {
              if (cross === null) return;
              const x = plot.valToPos(cross, 'x', true);
              const { top, height: h } = plot.bbox;
              const ctx = plot.ctx;
              ctx.save();
              ctx.strokeStyle = '#475569';
              ctx.setLineDash([4 * devicePixelRatio, 3 * devicePixelRatio]);
              ctx.lineWidth = devicePixelRatio;
              ctx.beginPath();
              ctx.moveTo(x, top);
              ctx.lineTo(x, top + h);
              ctx.stroke();
              ctx.fillStyle = '#475569';
              ctx.font = `${11 * devicePixelRatio}px system-ui`;
              ctx.fillText('crossover', x + 4 * devicePixelRatio, top + 12 * devicePixelRatio);
              ctx.restore();
            },
          ],
        },
      },
      data,
      el,
    );
    const observer = new ResizeObserver(() =>
      u.setSize({ width: Math.max(240, el.clientWidth), height }),
    );
    observer.observe(el);
    return () => {
      observer.disconnect();
      u.destroy();
    };
  }, [points, toggles, crossover]);

  return <div ref={box} role="img" aria-label={`${CHART_NAME}. ${description}`} />;
}
