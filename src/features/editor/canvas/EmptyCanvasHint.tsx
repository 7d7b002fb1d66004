import { useDiagram } from '../../../store/diagram-store.ts';
import { Button } from '../../../ui/Button.tsx';
import { COMMAND_SPECS, commandTitle, runCommand } from '../../../ui/commands/index.ts';
import '../commands/registry.ts';

/** An empty canvas explains itself instead of staring back. */
export function EmptyCanvasHint() {
  const empty = useDiagram((s) => s.scenario.nodes.length === 0);
  if (!empty) return null;
  return (
    <div className="pointer-events-none absolute inset-0 z-10 flex items-center justify-center">
      <div className="pointer-events-auto max-w-sm rounded-xl border border-dashed border-slate-300 bg-white/90 p-5 text-center shadow-sm dark:border-slate-600 dark:bg-slate-900/90">
        <h2 className="font-semibold">An empty canvas</h2>
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
          Drag an event (where work comes from), a function and the services it uses from the
          palette on the left, then connect them — or start from a ready-made example.
        </p>
        <Button
          variant="primary"
          className="mt-3"
          onClick={() => runCommand('gallery')}
          title={commandTitle('gallery')}
        >
          {COMMAND_SPECS.gallery.label}
        </Button>
      </div>
    </div>
  );
}
