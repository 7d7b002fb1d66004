/** The bill as two tables: per node (with its line items) and by line item (run and month). */
import { formatUsd } from '../timeline/format.ts';
import type { LineRow, NodeCost } from './cost-model.ts';

const th = 'px-1.5 py-0.5 text-left font-semibold';
const td = 'px-1.5 py-0.5 align-top';
const num = `${td} text-right font-mono tabular-nums`;

export function CostTables({ perNode, lines }: { perNode: NodeCost[]; lines: LineRow[] }) {
  const showSoFar = perNode.some((n) => n.soFar !== null);
  return (
    <div className="grid grid-cols-1 gap-3 lg:grid-cols-2">
      <table className="w-full border-collapse" data-testid="cost-per-node">
        <caption className="pb-0.5 text-left font-semibold">
          Per node (whole run, before the free tier)
        </caption>
        <thead className="border-b border-slate-200 dark:border-slate-700">
          <tr>
            <th className={th} scope="col">
              Node
            </th>
            {showSoFar && (
              <th className={`${th} text-right`} scope="col">
                So far
              </th>
            )}
            <th className={`${th} text-right`} scope="col">
              Run
            </th>
          </tr>
        </thead>
        <tbody>
          {perNode.map((n) => (
            <tr key={n.nodeId} className="border-b border-slate-100 dark:border-slate-800">
              <td className={td}>
                <div className="font-medium">{n.label}</div>
                <div className="text-[10px] text-slate-600 dark:text-slate-400">
                  {n.lines.map((l) => `${l.label} ${formatUsd(l.usd)}`).join(' · ') ||
                    'nothing billed'}
                </div>
              </td>
              {showSoFar && <td className={num}>{n.soFar === null ? '—' : formatUsd(n.soFar)}</td>}
              <td className={num}>{formatUsd(n.usd)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table className="w-full border-collapse" data-testid="cost-lines">
        <caption className="pb-0.5 text-left font-semibold">By line item</caption>
        <thead className="border-b border-slate-200 dark:border-slate-700">
          <tr>
            <th className={th} scope="col">
              Item
            </th>
            <th className={`${th} text-right`} scope="col">
              Run
            </th>
            <th className={`${th} text-right`} scope="col">
              Month
            </th>
          </tr>
        </thead>
        <tbody>
          {lines.map((l) => (
            <tr key={l.label} className="border-b border-slate-100 dark:border-slate-800">
              <td className={td}>{l.label}</td>
              <td className={num}>{formatUsd(l.run)}</td>
              <td className={num}>{formatUsd(l.month)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
