/**
 * The notable happenings up to the current time, newest first: the playback as text. It is
 * what reduced motion shows instead of travelling tokens, and a record for everyone else.
 */
import { useMemo } from 'react';
import { usePlayback } from '../../../store/playback-store.ts';
import { useRun } from '../run/run-store.ts';
import { logBefore } from './narrate.ts';
import { useNarrationContext } from './use-narration.ts';

const LIMIT = 200;

export function HappeningLog() {
  const run = useRun((s) => s.run);
  const timeMs = usePlayback((s) => s.timeMs);
  const ctx = useNarrationContext(run);
  const lines = useMemo(
    () => (run && ctx ? logBefore(run, timeMs, LIMIT, ctx) : []),
    [run, ctx, timeMs],
  );
  return (
    <section aria-labelledby="happening-log-title" className="flex h-full min-h-0 flex-col">
      <h2 id="happening-log-title" className="px-1 pb-1 text-xs font-semibold">
        Happenings, newest first{lines.length === LIMIT ? ` (last ${LIMIT})` : ''}
      </h2>
      {lines.length === 0 ? (
        <p className="px-1 text-xs text-slate-600 dark:text-slate-400">
          {run ? 'Nothing notable yet. Press Play or Step.' : 'Press Play to run the simulation.'}
        </p>
      ) : (
        // The log role goes on a wrapper, so the list keeps its list semantics; it is
        // focusable so that keyboard users can scroll it. Screen readers hear the caption's
        // live region instead (aria-live off here, or they would hear everything twice).
        <div
          role="log"
          aria-live="off"
          aria-label="Happenings"
          tabIndex={0}
          className="min-h-0 flex-1 overflow-y-auto text-xs"
          data-testid="happening-log"
        >
          <ol>
            {lines.map((line) => (
              <li
                key={line.index}
                className="flex gap-2 border-b border-slate-100 px-1 py-0.5 dark:border-slate-800"
              >
                <span className="w-14 shrink-0 font-mono tabular-nums text-slate-500 dark:text-slate-400">
                  {line.time}
                </span>
                <span>{line.text}</span>
              </li>
            ))}
          </ol>
        </div>
      )}
    </section>
  );
}
