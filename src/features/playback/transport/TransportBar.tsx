/**
 * Play / Pause, Step, Restart, the timeline and the speed. Reads the published time (≤ 10×/s);
 * the exact clock lives in the playback loop.
 */
import type { ReactNode } from 'react';
import { usePlayback } from '../../../store/playback-store.ts';
import { Button } from '../../../ui/Button.tsx';
import { clockWords, formatClock } from '../timeline/format.ts';
import { COMMAND_SPECS, commandTitle, runCommand } from '../../../ui/commands/index.ts';
import { seek, setSpeed } from './actions.ts';
import './commands.ts';
import { SpeedSelect } from './SpeedSelect.tsx';
import { CostLine } from '../cost/CostLine.tsx';

function Timeline() {
  const timeMs = usePlayback((s) => s.timeMs);
  const durationMs = usePlayback((s) => s.durationMs);
  const ready = usePlayback((s) => s.status === 'ready');
  return (
    <div className="order-last flex basis-full items-center gap-2 @2xl:order-none @2xl:basis-0 @2xl:flex-1">
      <span
        className="shrink-0 whitespace-nowrap font-mono text-xs tabular-nums"
        data-testid="playback-time"
      >
        {formatClock(timeMs)} / {formatClock(durationMs)}
      </span>
      <input
        type="range"
        aria-label="Timeline"
        aria-valuetext={`${clockWords(timeMs)} of ${clockWords(durationMs)}`}
        min={0}
        max={Math.max(durationMs, 1)}
        step="any"
        value={Math.min(timeMs, durationMs)}
        disabled={!ready}
        onChange={(e) => seek(Number(e.target.value))}
        className="h-1.5 min-w-0 flex-1 cursor-pointer accent-blue-700 disabled:cursor-not-allowed"
      />
    </div>
  );
}

function Status() {
  const status = usePlayback((s) => s.status);
  const progress = usePlayback((s) => s.progress);
  if (status !== 'simulating') return null;
  return (
    <span role="status" className="text-xs text-slate-600 dark:text-slate-300">
      Simulating… {Math.round(progress * 100)} %
    </span>
  );
}

/**
 * `children` are extra controls at the end of the bar (the details toggle); `cost` false leaves
 * the cost line out (an embed whose host asked for no cost panel).
 */
export function TransportBar({ children, cost = true }: { children?: ReactNode; cost?: boolean }) {
  const playing = usePlayback((s) => s.playing);
  const simulating = usePlayback((s) => s.status === 'simulating');
  const speed = usePlayback((s) => s.speed);
  return (
    <div
      role="toolbar"
      aria-label="Playback controls"
      className="flex flex-wrap items-center gap-1.5 px-2 py-1.5"
    >
      {playing ? (
        <Button
          variant="primary"
          onClick={() => runCommand('pause')}
          title={commandTitle('pause')}
          className="w-20 justify-center"
        >
          <span aria-hidden="true">❚❚</span>
          {COMMAND_SPECS.pause.label}
        </Button>
      ) : (
        <Button
          variant="primary"
          onClick={() => runCommand('play')}
          disabled={simulating}
          title={commandTitle('play')}
          className="w-20 justify-center"
        >
          <span aria-hidden="true">▶</span>
          {COMMAND_SPECS.play.label}
        </Button>
      )}
      <Button onClick={() => runCommand('step')} disabled={simulating} title={commandTitle('step')}>
        {COMMAND_SPECS.step.label}
      </Button>
      <Button
        onClick={() => runCommand('restart')}
        disabled={simulating}
        title={commandTitle('restart')}
      >
        {COMMAND_SPECS.restart.label}
      </Button>
      <Timeline />
      <SpeedSelect speed={speed} onChange={setSpeed} />
      {cost && <CostLine />}
      <Status />
      {children}
    </div>
  );
}
