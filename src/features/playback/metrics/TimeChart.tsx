/**
 * A small uPlot time-series chart with a line at the current time. Loaded lazily with the
 * rest of the charts (uPlot is not in the first load). The chart is made once per data set;
 * the time line is moved by a redraw, not a rebuild.
 */
import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

export interface ChartSeries {
  label: string;
  color: string;
  values: ArrayLike<number>;
  dash?: number[];
}

const AXIS = {
  stroke: '#64748b',
  grid: { stroke: 'rgba(100,116,139,0.18)', width: 1 },
  ticks: { show: false },
};

export function TimeChart({
  title,
  xs,
  series,
  timeSec,
  unit,
}: {
  title: string;
  /** Seconds. */
  xs: ArrayLike<number>;
  series: ChartSeries[];
  timeSec: number;
  unit: (v: number) => string;
}) {
  const box = useRef<HTMLDivElement>(null);
  const plot = useRef<uPlot | null>(null);
  const time = useRef(timeSec);
  time.current = timeSec;

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const data = [
      Array.from(xs),
      ...series.map((s) => Array.from(s.values, (v) => (Number.isFinite(v) ? v : null))),
    ];
    const opts: uPlot.Options = {
      width: Math.max(120, el.clientWidth),
      height: 110,
      legend: { show: false },
      cursor: { show: false },
      scales: { x: { time: false } },
      axes: [
        {
          ...AXIS,
          size: 22,
          font: '10px system-ui',
          values: (_u, ticks) => ticks.map((t) => `${Math.round(t)} s`),
        },
        { ...AXIS, size: 44, font: '10px system-ui', values: (_u, ticks) => ticks.map(unit) },
      ],
      series: [
        {},
        ...series.map((s) => ({
          label: s.label,
          stroke: s.color,
          width: 1.5,
          dash: s.dash,
          spanGaps: false,
        })),
      ],
      hooks: {
        draw: [
          (u) => {
            const x = u.valToPos(time.current, 'x', true);
            const { top, height } = u.bbox;
            u.ctx.save();
            u.ctx.strokeStyle = '#2563eb';
            u.ctx.lineWidth = 1.5 * devicePixelRatio;
            u.ctx.beginPath();
            u.ctx.moveTo(x, top);
            u.ctx.lineTo(x, top + height);
            u.ctx.stroke();
            u.ctx.restore();
          },
        ],
      },
    };
    const u = new uPlot(opts, data as uPlot.AlignedData, el);
    plot.current = u;
    const observer = new ResizeObserver(() =>
      u.setSize({ width: Math.max(120, el.clientWidth), height: 110 }),
    );
    observer.observe(el);
    return () => {
      observer.disconnect();
      u.destroy();
      plot.current = null;
    };
  }, [xs, series, unit]);

  useEffect(() => {
    plot.current?.redraw(false, false);
  }, [timeSec]);

  return (
    <figure className="min-w-0">
      <figcaption className="flex flex-wrap items-center gap-x-2 text-[11px] font-medium">
        {title}
        {series.map((s) => (
          <span
            key={s.label}
            className="flex items-center gap-1 font-normal text-slate-600 dark:text-slate-400"
          >
            <span
              className="inline-block h-0.5 w-3"
              style={{ background: s.color }}
              aria-hidden="true"
            />
            {s.label}
          </span>
        ))}
      </figcaption>
      <div ref={box} role="img" aria-label={`${title} over simulated time`} />
    </figure>
  );
}
