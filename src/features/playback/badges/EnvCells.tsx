/**
 * A function's execution environments as small cells, drawn like the tokens: initialising =
 * blue ring (a cold start under way), busy = amber square (running a request), idle = grey
 * outline (warm, waiting). Beyond MAX_CELLS the rest is a number. A container service's
 * tasks are drawn the same way: starting, busy (working on requests), idle (waiting, billed).
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
  noun = 'Execution environments',
  starting = 'initialising',
}: {
  initializing: number;
  busy: number;
  idle: number;
  /** What the cells are ("Tasks" for a container service) and the word for a starting one. */
  noun?: string;
  starting?: string;
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
  const words = `${noun}: ${initializing} ${starting}, ${busy} busy, ${idle} idle`;
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
          no {noun.toLowerCase()}
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
