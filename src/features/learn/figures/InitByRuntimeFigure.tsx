import { useId, useMemo, useState } from 'react';
import {
  compareInit,
  INIT_MEASUREMENT_SOURCE,
  type InitComparison,
} from '../../../domain/kinds/lambda/init-summary.ts';
import type { Architecture, PackageType } from '../../../domain/kinds/lambda/runtime-family.ts';
import { LINK } from '../styles.ts';

const ROW = 34;
const LABEL_W = 170;
const PLOT_W = 420;
const PAD_TOP = 8;

/** A bar from 0 to p50 with a whisker on to p90, at `y`. */
function Bar({
  y,
  p50,
  p90,
  scale,
  className,
}: {
  y: number;
  p50: number;
  p90: number;
  scale: (ms: number) => number;
  className: string;
}) {
  return (
    <g className={className}>
      <rect x={LABEL_W} y={y} width={Math.max(1, scale(p50) - LABEL_W)} height={10} rx={2} />
      <line x1={scale(p50)} x2={scale(p90)} y1={y + 5} y2={y + 5} strokeWidth={2} />
      <line x1={scale(p90)} x2={scale(p90)} y1={y + 1} y2={y + 9} strokeWidth={2} />
    </g>
  );
}

function Chart({ rows, title }: { rows: InitComparison[]; title: string }) {
  const max = Math.max(...rows.map((r) => Math.max(r.measured.p90, r.model.p90)));
  const scale = (ms: number) => LABEL_W + (ms / max) * PLOT_W;
  const height = PAD_TOP + rows.length * ROW + 24;
  const ticks = [0, max / 2, max].map((t) => Math.round(t / 10) * 10);
  return (
    <svg
      role="img"
      aria-label={title}
      viewBox={`0 0 ${LABEL_W + PLOT_W + 20} ${height}`}
      className="w-full max-w-2xl text-slate-700 dark:text-slate-300"
    >
      {rows.map((r, i) => {
        const y = PAD_TOP + i * ROW;
        return (
          <g key={r.runtime}>
            <text x={LABEL_W - 8} y={y + 14} textAnchor="end" fontSize={12} fill="currentColor">
              {r.label}
            </text>
            <Bar
              y={y}
              p50={r.measured.p50}
              p90={r.measured.p90}
              scale={scale}
              className="fill-slate-500 stroke-slate-500"
            />
            <Bar
              y={y + 12}
              p50={r.model.p50}
              p90={r.model.p90}
              scale={scale}
              className="fill-blue-600 stroke-blue-600 dark:fill-blue-400 dark:stroke-blue-400"
            />
          </g>
        );
      })}
      {ticks.map((t) => (
        <text
          key={t}
          x={scale(t)}
          y={height - 6}
          textAnchor="middle"
          fontSize={11}
          fill="currentColor"
        >
          {t} ms
        </text>
      ))}
    </svg>
  );
}

function Choice<T extends string>({
  legend,
  options,
  value,
  onChange,
}: {
  legend: string;
  options: readonly { value: T; label: string }[];
  value: T;
  onChange: (value: T) => void;
}) {
  const name = useId();
  return (
    <fieldset className="flex flex-wrap items-center gap-3 text-sm">
      <legend className="sr-only">{legend}</legend>
      <span aria-hidden="true" className="font-medium">
        {legend}:
      </span>
      {options.map((o) => (
        <label key={o.value} className="inline-flex items-center gap-1.5">
          <input
            type="radio"
            name={name}
            value={o.value}
            checked={value === o.value}
            onChange={() => onChange(o.value)}
          />
          {o.label}
        </label>
      ))}
    </fieldset>
  );
}

const PACKAGES = [
  { value: 'zip', label: '.zip' },
  { value: 'image', label: 'container image' },
] as const;
const ARCHITECTURES = [
  { value: 'x86_64', label: 'x86_64' },
  { value: 'arm64', label: 'arm64' },
] as const;

const ms = (n: number) => `${Math.round(n)} ms`;

/**
 * Measured INIT of hello-world functions by runtime, and the explorer's model beside it: the
 * model's figures are drawn live from the same distribution the simulation uses.
 */
export function InitByRuntimeFigure({ caption }: { caption: string }) {
  const [packageType, setPackageType] = useState<PackageType>('zip');
  const [architecture, setArchitecture] = useState<Architecture>('x86_64');
  const rows = useMemo(() => compareInit(packageType, architecture), [packageType, architecture]);
  const captionId = useId();
  const what = `${packageType === 'zip' ? '.zip' : 'container image'}, ${architecture}`;
  return (
    <figure
      aria-labelledby={captionId}
      className="my-8 rounded-xl border border-slate-200 p-4 dark:border-slate-800"
    >
      <div className="mb-3 flex flex-col gap-2">
        <Choice legend="Package" options={PACKAGES} value={packageType} onChange={setPackageType} />
        <Choice
          legend="Architecture"
          options={ARCHITECTURES}
          value={architecture}
          onChange={setArchitecture}
        />
      </div>
      <Chart
        rows={rows}
        title={`Median and 90th percentile INIT by runtime, ${what}: measured (grey) and the model (blue)`}
      />
      <p className="mt-2 flex flex-wrap gap-4 text-xs text-slate-600 dark:text-slate-400">
        <span>
          <span
            aria-hidden="true"
            className="mr-1 inline-block h-2.5 w-4 rounded-sm bg-slate-500"
          />
          measured
        </span>
        <span>
          <span aria-hidden="true" className="mr-1 inline-block h-2.5 w-4 rounded-sm bg-blue-600" />
          the explorer&apos;s model
        </span>
        <span>bar: median (p50) · whisker: 90th percentile (p90)</span>
      </p>
      <table className="mt-4 w-full text-left text-sm">
        <caption className="sr-only">INIT by runtime, {what}, in milliseconds</caption>
        <thead>
          <tr className="border-b border-slate-200 dark:border-slate-700">
            <th scope="col" className="py-1 pr-3 font-semibold">
              Runtime
            </th>
            <th scope="col" className="py-1 pr-3 font-semibold">
              Measured p50 / p90
            </th>
            <th scope="col" className="py-1 font-semibold">
              Model p50 / p90
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.runtime} className="border-b border-slate-100 dark:border-slate-800">
              <th scope="row" className="py-1 pr-3 font-normal">
                {r.label} <span className="text-xs text-slate-500">({r.measuredRuntime})</span>
              </th>
              <td className="py-1 pr-3">
                {ms(r.measured.p50)} / {ms(r.measured.p90)}
              </td>
              <td className="py-1">
                {ms(r.model.p50)} / {ms(r.model.p90)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <figcaption id={captionId} className="mt-3 text-sm text-slate-600 dark:text-slate-400">
        {caption} Measured: INIT Duration of forced cold starts of hello-world functions, 128–1024
        MB pooled, {INIT_MEASUREMENT_SOURCE.from} to {INIT_MEASUREMENT_SOURCE.to} (
        <a
          href={INIT_MEASUREMENT_SOURCE.url}
          target="_blank"
          rel="noopener noreferrer"
          className={LINK}
        >
          {INIT_MEASUREMENT_SOURCE.name}
          <span className="sr-only"> (opens in a new tab)</span>
        </a>
        ). Model: 4,000 draws from the distribution the simulation uses.
      </figcaption>
    </figure>
  );
}
