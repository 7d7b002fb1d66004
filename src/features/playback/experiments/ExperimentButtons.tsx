/**
 * One-click experiments for an event source, shown in its inspector: each is one undoable
 * edit of the scenario, followed by a message saying what to watch.
 */
import { useDiagram } from '../../../store/diagram-store.ts';
import { useNotices } from '../../../store/notices-store.ts';
import { usePlayback } from '../../../store/playback-store.ts';
import { Button } from '../../../ui/Button.tsx';
import { EXPERIMENTS, runExperiment, type ExperimentId } from './experiments.ts';

function apply(sourceId: string, id: ExperimentId) {
  const { scenario, replace } = useDiagram.getState();
  const result = runExperiment(scenario, sourceId, id);
  const { notify } = useNotices.getState();
  if (!result.ok) return notify('error', result.message);
  replace(result.scenario);
  usePlayback.getState().setSpeed(result.scenario.settings.speed);
  notify('info', result.message);
}

export function ExperimentButtons({ sourceId }: { sourceId: string }) {
  return (
    <fieldset className="flex flex-col gap-1.5">
      <legend className="mb-1 text-sm font-semibold">Experiments</legend>
      <div className="flex flex-wrap gap-1.5">
        {EXPERIMENTS.map((e) => (
          <Button
            key={e.id}
            onClick={() => apply(sourceId, e.id)}
            title={e.help}
            className="text-xs"
          >
            {e.label}
          </Button>
        ))}
      </div>
      <p className="text-[11px] leading-snug text-slate-500 dark:text-slate-400">
        One click changes this source (and, for the limit, its functions); Undo takes it back.
      </p>
    </fieldset>
  );
}
