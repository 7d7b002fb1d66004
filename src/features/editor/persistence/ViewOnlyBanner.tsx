import { useOwnership } from '../../../store/ownership-store.ts';
import { useDiagram } from '../../../store/diagram-store.ts';
import { Button } from '../../../ui/Button.tsx';
import { backToOwnWork, makeCopy, ownWorkName } from './view-only.ts';

/**
 * Says, while a shared link is open, that it is someone else's scenario: what editing will do,
 * and the learner's own work one click away.
 */
export function ViewOnlyBanner() {
  const ownership = useOwnership((s) => s.ownership);
  const name = useDiagram((s) => s.scenario.name);
  if (ownership === 'own') return null;
  const mine = ownWorkName();
  return (
    <div
      role="region"
      aria-label="Shared scenario"
      className="flex flex-wrap items-center gap-x-3 gap-y-1 border-b border-amber-300 bg-amber-50 px-3 py-1.5 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100"
    >
      <p className="min-w-0 flex-1">
        <b>{ownership === 'locked' ? 'Locked link' : 'View-only'}:</b> “{name}” is a shared
        scenario.{' '}
        {ownership === 'locked'
          ? 'Play and inspect it; make a copy to change it.'
          : 'Play and inspect it; your first edit makes it your copy.'}{' '}
        {mine ? `Your own work “${mine}” is saved and unchanged.` : ''}
      </p>
      <Button variant="primary" onClick={() => makeCopy()}>
        Make a copy
      </Button>
      {mine && (
        <Button variant="ghost" onClick={backToOwnWork} title={`Open “${mine}” again`}>
          Back to my work
        </Button>
      )}
    </div>
  );
}
