import { Dialog } from '../../../ui/Dialog.tsx';
import { COMMAND_GROUPS, helpLines } from '../../../ui/commands/index.ts';
import { useEditorUi } from '../../../store/editor-ui-store.ts';

/** Lists every command with its shortcuts, straight from the registry (src/ui/commands). */
export function HelpDialog() {
  const open = useEditorUi((s) => s.dialog === 'help');
  const close = () => useEditorUi.getState().openDialog(null);
  const lines = helpLines();
  return (
    <Dialog open={open} onClose={close} title="Keyboard shortcuts">
      <div className="grid gap-4 sm:grid-cols-2">
        {COMMAND_GROUPS.map((group) => (
          <section key={group}>
            <h3 className="mb-1 text-sm font-semibold">{group}</h3>
            <dl className="text-sm">
              {lines
                .filter((line) => line.group === group)
                .map((line) => (
                  <div key={line.id} className="flex justify-between gap-3 py-0.5">
                    <dt>{line.text}</dt>
                    <dd className="flex gap-1">
                      {line.keys.map((key) => (
                        <kbd
                          key={key}
                          className="rounded border border-slate-300 px-1.5 text-xs dark:border-slate-600"
                        >
                          {key}
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
