import { Dialog } from '../../../ui/Dialog.tsx';
import { useEditorUi } from '../editor-ui-store.ts';
import { COMMANDS } from './registry.ts';
import { describeShortcut } from './shortcuts.ts';

const GROUPS = ['Edit', 'View', 'Playback', 'File', 'Help'] as const;

/** Lists every command with its shortcuts, straight from the registry. */
export function HelpDialog() {
  const open = useEditorUi((s) => s.dialog === 'help');
  const close = () => useEditorUi.getState().openDialog(null);
  return (
    <Dialog open={open} onClose={close} title="Keyboard shortcuts">
      <div className="grid gap-4 sm:grid-cols-2">
        {GROUPS.map((group) => (
          <section key={group}>
            <h3 className="mb-1 text-sm font-semibold">{group}</h3>
            <dl className="text-sm">
              {COMMANDS.filter((c) => c.group === group && c.shortcuts.length > 0).map((c) => (
                <div key={c.id} className="flex justify-between gap-3 py-0.5">
                  <dt>{c.label}</dt>
                  <dd className="flex gap-1">
                    {c.shortcuts.map((s) => (
                      <kbd
                        key={describeShortcut(s)}
                        className="rounded border border-slate-300 px-1.5 text-xs dark:border-slate-600"
                      >
                        {describeShortcut(s)}
                      </kbd>
                    ))}
                  </dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </div>
      <p className="mt-4 text-xs text-slate-600 dark:text-slate-400">
        On the canvas: Tab moves between nodes, Enter selects, arrow keys move the selected node.
        Palette items add a node at the centre with Enter.
      </p>
    </Dialog>
  );
}
