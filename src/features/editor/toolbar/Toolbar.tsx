import { useStore } from 'zustand';
import { useDiagram } from '../../../store/diagram-store.ts';
import { Button } from '../../../ui/Button.tsx';
import {
  COMMAND_SPECS,
  commandTitle,
  runCommand,
  type CommandId,
} from '../../../ui/commands/index.ts';
import '../commands/registry.ts';
import { useSession } from '../../../store/session-store.ts';
import { restoreBackup } from '../persistence/boot.ts';
import { downloadBlob } from '../persistence/download.ts';
import { OverflowMenu } from './OverflowMenu.tsx';

/** On a narrow canvas these commands move into the More menu, so the toolbar keeps one line. */
const OVERFLOW = [
  'new',
  'gallery',
  'export',
  'import',
  'export-png',
  'export-svg',
  'export-sam',
] as const;
import { PresenterButton } from '../presenter/PresenterButton.tsx';

function CommandButton({
  id,
  label,
  disabled,
}: {
  id: CommandId;
  label?: string;
  disabled?: boolean;
}) {
  const command = COMMAND_SPECS[id];
  return (
    <Button
      variant="ghost"
      onClick={() => runCommand(id)}
      disabled={disabled}
      aria-label={label && label.length < 3 ? command.label : undefined}
      title={commandTitle(id)}
    >
      {label ?? command.label}
    </Button>
  );
}

export function Toolbar() {
  const canUndo = useStore(useDiagram.temporal, (s) => s.pastStates.length > 0);
  const canRedo = useStore(useDiagram.temporal, (s) => s.futureStates.length > 0);
  const name = useDiagram((s) => s.scenario.name);
  const backup = useSession((s) => s.backup);
  const corrupt = useSession((s) => s.corruptCopy);
  return (
    // The scenario's name is the Explorer's heading; the commands share its line. Whether they
    // all fit depends on the canvas column's width (a container query), not the window's.
    <div className="@container border-b border-slate-200 dark:border-slate-800">
      <div className="flex items-center gap-1 px-2 py-1">
        <h1 className="min-w-0 shrink truncate px-1 text-sm font-semibold" title={name}>
          {name || 'Untitled scenario'}
        </h1>
        <div
          role="toolbar"
          aria-label="Editor"
          className="ml-auto flex shrink-0 flex-wrap items-center justify-end gap-1"
        >
          <CommandButton id="undo" disabled={!canUndo} />
          <CommandButton id="redo" disabled={!canRedo} />
          <span className="mx-1 h-5 w-px bg-slate-200 dark:bg-slate-700" aria-hidden="true" />
          <span className="hidden @3xl:contents">
            <CommandButton id="new" label="New" />
            <CommandButton id="gallery" label="Gallery" />
          </span>
          <CommandButton id="share" />
          <span className="hidden @3xl:contents">
            <CommandButton id="export" />
            <CommandButton id="import" />
            <OverflowMenu ids={['export-png', 'export-svg', 'export-sam']} label="Image / SAM" />
          </span>
          <OverflowMenu ids={OVERFLOW} label="More" className="@3xl:hidden" />
          {backup && (
            <Button
              variant="ghost"
              onClick={restoreBackup}
              title={`Bring back “${backup.scenario.name}”`}
            >
              Restore previous work
            </Button>
          )}
          {corrupt && (
            <Button
              variant="ghost"
              onClick={() =>
                downloadBlob(
                  new Blob([corrupt], { type: 'application/json' }),
                  'damaged-saved-scenario.json',
                )
              }
            >
              Download the damaged copy
            </Button>
          )}
          <PresenterButton />
          <CommandButton id="help" label="?" />
        </div>
      </div>
    </div>
  );
}
