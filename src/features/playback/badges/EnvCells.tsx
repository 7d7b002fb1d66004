/**
 * A function's execution environments as small cells, drawn like the tokens: initialising =
 * blue ring (a cold start under way), busy = amber square (running a request), idle = grey
 * outline (warm, waiting). Beyond MAX_CELLS the rest is a number.
 */
import { formatCount } from '../timeline/format.ts';

const MAX_CELLS = 18;
const CELL = {
  initializing: 'rounded-full border-2 border-[#1d6fd8] bg-transparent',
  busy: 'rounded-[2px] bg-[#d97706]',
  idle: 'rounded-[2px] border border-slate-400 bg-transparent dark:border-slate-500',
} as const;

export function EnvCells({
  initializing,
  busy,
  idle,
}: {
  initializing: number;
  busy: number;
  idle: number;
}) {
  const total = initializing + busy + idle;
  const cells: (keyof typeof CELL)[] = [];
  for (const [state, n] of [
    ['initializing', initializing],
    ['busy', busy],
    ['idle', idle],
  ] as const) {
    for (let i = 0; i < n && cells.length < MAX_CELLS; i++) cells.push(state);
  }
  const words = `Execution environments: ${initializing} initialising, ${busy} busy, ${idle} idle`;
  return (
    <div
      className="flex min-h-2.5 items-center gap-[3px]"
      role="img"
      aria-label={words}
      title={words}
      data-testid="env-cells"
    >
      {total === 0 && (
        <span className="text-[10px] leading-none text-slate-500 dark:text-slate-400">
          no environments
        </span>
      )}
      {cells.map((state, i) => (
        <span key={i} className={`inline-block h-2.5 w-2.5 ${CELL[state]}`} data-state={state} />
      ))}
      {total > MAX_CELLS && (
        <span className="text-[10px] leading-none text-slate-600 dark:text-slate-300">
          +{formatCount(total - MAX_CELLS)}
        </span>
      )}
    </div>
  );
}
