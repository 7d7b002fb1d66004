import type { CheckLine } from './checks/evaluate.ts';

const MARK = {
  pass: { icon: '✓', sr: 'Done:', className: 'text-emerald-700 dark:text-emerald-400' },
  fail: { icon: '○', sr: 'Still to do:', className: 'text-slate-500 dark:text-slate-400' },
  pending: { icon: '▷', sr: 'Measured by the run:', className: 'text-blue-700 dark:text-blue-400' },
} as const;

/** What the check looks for, each line ticked as the diagram (or the last run) meets it. */
export function CheckList({ lines }: { lines: readonly CheckLine[] }) {
  return (
    <ul aria-label="What the check looks for" className="flex flex-col gap-1 text-xs">
      {lines.map((line, i) => {
        const mark = MARK[line.status];
        return (
          <li key={i} className="flex gap-1.5">
            <span aria-hidden="true" className={`w-3 shrink-0 font-bold ${mark.className}`}>
              {mark.icon}
            </span>
            <span>
              <span className="sr-only">{mark.sr} </span>
              {line.message}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
