/**
 * One sentence about what just happened ("Cold start: new environment for resize-image,
 * 412 ms init"), under the canvas. Screen readers hear it through a polite live region,
 * at most every few seconds; after a Step they hear the happening stepped onto.
 */
import { usePlayback } from '../../../store/playback-store.ts';
import { useRun } from '../run/run-store.ts';
import { formatClock } from '../timeline/format.ts';
import { latestNotable } from './narrate.ts';
import { useHeld } from './use-held.ts';
import { useNarrationContext } from './use-narration.ts';

const HOLD_MS = 1200;
const ANNOUNCE_MS = 4000;

function useCaptionText(): string {
  const run = useRun((s) => s.run);
  const status = usePlayback((s) => s.status);
  const timeMs = usePlayback((s) => s.timeMs);
  const stepped = usePlayback((s) => s.stepped);
  const playing = usePlayback((s) => s.playing);
  const ctx = useNarrationContext(run);
  const index = run ? (stepped ?? latestNotable(run, timeMs)) : -1;
  const heldIndex = useHeld(index, HOLD_MS, !playing);
  if (status === 'simulating') return 'Simulating the scenario…';
  if (!run || !ctx) return 'Press Play to run the simulation and watch the requests move.';
  if (heldIndex < 0 || heldIndex >= run.trace.happenings.count) {
    return timeMs > 0 ? 'Nothing notable yet.' : 'Ready: press Play.';
  }
  const at = formatClock(run.trace.happenings.t[heldIndex] as number);
  return `${at} — ${run.describe(ctx, heldIndex)}`;
}

export function Caption() {
  const text = useCaptionText();
  const playing = usePlayback((s) => s.playing);
  const announced = useHeld(text, ANNOUNCE_MS, !playing);
  return (
    <>
      <p className="truncate text-sm font-medium" data-testid="caption" title={text}>
        {text}
      </p>
      <p className="sr-only" aria-live="polite" aria-atomic="true">
        {announced}
      </p>
    </>
  );
}
