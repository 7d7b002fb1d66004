import { validTargets } from '../../../domain/diagram/index.ts';
import { getKind } from '../../../domain/catalog/index.ts';
import { useDiagram } from '../../../store/diagram-store.ts';
import { useSelection } from '../../../store/selection-store.ts';
import { useNotices } from '../../../store/notices-store.ts';
import { Dialog } from '../../../ui/Dialog.tsx';
import { useEditorUi } from '../../../store/editor-ui-store.ts';

/** "Connect to…": connecting without a mouse — lists only the targets that make sense. */
export function ConnectDialog() {
  const open = useEditorUi((s) => s.dialog === 'connect');
  const sourceId = useSelection((s) => (s.nodeIds.length === 1 ? s.nodeIds[0] : undefined));
  const scenario = useDiagram((s) => s.scenario);
  const source = scenario.nodes.find((n) => n.id === sourceId);
  const close = () => useEditorUi.getState().openDialog(null);
  const targets = source ? validTargets(scenario, source.id) : [];

  const choose = (targetId: string) => {
    if (!source) return;
    const result = useDiagram.getState().connect(source.id, targetId);
    if (result.ok) {
      const target = scenario.nodes.find((n) => n.id === targetId);
      useNotices.getState().notify('success', `Connected ${source.label} → ${target?.label}.`);
    } else useNotices.getState().notify('error', `Not connected: ${result.reason}`);
    close();
  };

  return (
    <Dialog
      open={open}
      onClose={close}
      title={source ? `Connect ${source.label} to…` : 'Connect to…'}
    >
      {!source ? (
        <p>Select one node first.</p>
      ) : targets.length === 0 ? (
        <p className="text-sm">
          Nothing on the canvas can take a connection from {source.label}. Add a node it can call —
          for example{' '}
          {getKind(source.kind).group === 'event'
            ? 'Amazon API Gateway or AWS Lambda'
            : 'AWS Lambda or Amazon DynamoDB'}{' '}
          — from the palette.
        </p>
      ) : (
        <ul className="flex flex-col gap-1" aria-label="Valid targets">
          {targets.map(({ node, variant }) => (
            <li key={node.id}>
              <button
                type="button"
                onClick={() => choose(node.id)}
                className="w-full rounded-md border border-slate-200 px-3 py-2 text-left hover:bg-slate-50 dark:border-slate-700 dark:hover:bg-slate-800"
              >
                <span className="block text-sm font-semibold">{node.label}</span>
                <span className="block text-xs text-slate-600 dark:text-slate-400">
                  {getKind(node.kind).label} — {variant.label}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </Dialog>
  );
}
