/** The two designs' results on the same traffic and seed, row by row. */
import type { Comparison } from '../../domain/crossover/experiment.ts';
import { designTotal, type LineToggles } from '../../domain/crossover/index.ts';
import { DESIGN_COLORS } from './colors.ts';
import { count, ms, usd } from './format.ts';

export function SideBySide({ c, toggles }: { c: Comparison; toggles: LineToggles }) {
  const { lambda: l, containers: f } = c;
  const rows: [string, string, string][] = [
    ['Requests', count(l.requests), count(f.requests)],
    ['Latency p50', ms(l.p50Ms), ms(f.p50Ms)],
    ['Latency p95', ms(l.p95Ms), ms(f.p95Ms)],
    ['Latency p99', ms(l.p99Ms), ms(f.p99Ms)],
    ['Errors', `${count(l.errors)} ${l.errorsLabel}`, `${count(f.errors)} ${f.errorsLabel}`],
    ['Starts', `${count(l.starts)} ${l.startsLabel}`, `${count(f.starts)} ${f.startsLabel}`],
    ['Paid while idle (this run)', usd(l.idleUsd), usd(f.idleUsd)],
    ['Cost of this run', usd(l.runUsd), usd(f.runUsd)],
    [
      'Per month at this traffic',
      usd(designTotal(l.monthly, toggles)),
      usd(designTotal(f.monthly, toggles)),
    ],
  ];
  return (
    <table className="w-full text-sm" aria-label="Lambda and containers side by side">
      <thead>
        <tr className="text-left">
          <th scope="col" className="py-1 pr-2 font-medium text-slate-600 dark:text-slate-400">
            {Math.round(c.durationMs / 1000)} s at {c.ratePerSec} requests/s
          </th>
          <th scope="col" className="py-1 pr-2" style={{ color: DESIGN_COLORS.lambda }}>
            Lambda
          </th>
          <th scope="col" className="py-1" style={{ color: DESIGN_COLORS.containers }}>
            Fargate
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([label, a, b]) => (
          <tr key={label} className="border-t border-slate-200 dark:border-slate-700">
            <th scope="row" className="py-1 pr-2 text-left font-normal">
              {label}
            </th>
            <td className="py-1 pr-2 tabular-nums">{a}</td>
            <td className="py-1 tabular-nums">{b}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
