import { useStore } from 'zustand';
import { useDiagram } from '../../../store/diagram-store.ts';
import { Button } from '../../../ui/Button.tsx';
import { getCommand, runCommand } from '../commands/registry.ts';
import { describeShortcut } from '../commands/shortcuts.ts';
import { useSession } from '../persistence/session-store.ts';
import { restoreBackup } from '../persistence/boot.ts';
import { downloadBlob } from '../persistence/download.ts';
import { ExportMenu } from './ExportMenu.tsx';
import { PresenterButton } from '../presenter/PresenterButton.tsx';

function CommandButton({
  id,
  label,
  disabled,
}: {
  id: string;
  label?: string;
  disabled?: boolean;
}) {
  const command = getCommand(id);
  const shortcut = command.shortcuts[0];
  return (
    <Button
      variant="ghost"
      onClick={() => runCommand(id)}
      disabled={disabled}
      aria-label={label && label.length < 3 ? command.label : undefined}
      title={shortcut ? `${command.label} (${describeShortcut(shortcut)})` : command.label}
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
    <div
      role="toolbar"
      aria-label="Editor"
      className="flex flex-wrap items-center gap-1 border-b border-slate-200 px-2 py-1 dark:border-slate-800"
    >
      <span
        className="mr-1 hidden max-w-64 truncate px-1 text-sm font-semibold xl:inline"
        title={name}
      >
        {name}
      </span>
      <CommandButton id="undo" disabled={!canUndo} />
      <CommandButton id="redo" disabled={!canRedo} />
      <span className="mx-1 h-5 w-px bg-slate-200 dark:bg-slate-700" aria-hidden="true" />
      <CommandButton id="new" label="New" />
      <CommandButton id="gallery" label="Gallery" />
      <CommandButton id="share" />
      <CommandButton id="export" />
      <CommandButton id="import" />
      <ExportMenu />
      <span className="ml-auto" />
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
  );
}
