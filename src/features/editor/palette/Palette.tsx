import type { DragEvent } from 'react';
import { GROUPS, kindsInGroup, type KindId } from '../../../domain/catalog/index.ts';
import { freeSpotNear, NODE_WIDTH } from '../../../domain/diagram/index.ts';
import { Icon } from '../../../ui/Icon.tsx';
import { useDiagram } from '../../../store/diagram-store.ts';
import { useSelection } from '../../../store/selection-store.ts';
import { useNotices } from '../../../store/notices-store.ts';
import { useEditorUi } from '../../../store/editor-ui-store.ts';
import { PALETTE_MIME } from '../canvas/palette-mime.ts';

let hintShown = false;

/** Adds a node at the centre of the visible canvas (keyboard and click), a little staggered. */
function addAtCentre(kind: KindId) {
  const flow = useEditorUi.getState().flow;
  const box = document.querySelector('[data-testid="canvas"]')?.getBoundingClientRect();
  const centre =
    flow && box
      ? flow.screenToFlowPosition({ x: box.left + box.width / 2, y: box.top + box.height / 2 })
      : { x: 200, y: 200 };
  const result = useDiagram
    .getState()
    .addNode(
      kind,
      freeSpotNear(
        { x: centre.x - NODE_WIDTH / 2, y: centre.y - 32 },
        useDiagram.getState().scenario.nodes,
      ),
    );
  if (result.ok && result.id) {
    useSelection.getState().select([result.id]);
    if (!hintShown) {
      useNotices
        .getState()
        .notify('info', 'Added to the canvas. Press C to connect it, or edit it in the inspector.');
    }
    hintShown = true;
  } else if (!result.ok) useNotices.getState().notify('error', result.reason);
}

export function Palette() {
  const onDragStart = (event: DragEvent, kind: KindId) => {
    event.dataTransfer.setData(PALETTE_MIME, kind);
    event.dataTransfer.effectAllowed = 'copy';
  };
  return (
    <nav aria-label="Palette" className="flex h-full flex-col gap-4 overflow-y-auto p-3">
      <p className="text-xs text-slate-600 dark:text-slate-400">
        Drag onto the canvas, or press Enter to add at the centre.
      </p>
      {GROUPS.map((group) => (
        <section key={group.id} aria-labelledby={`palette-${group.id}`}>
          <h2
            id={`palette-${group.id}`}
            className="mb-1.5 text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400"
          >
            {group.label}
          </h2>
          <ul className="flex flex-col gap-1">
            {kindsInGroup(group.id).map((kind) => (
              <li key={kind.id}>
                <button
                  type="button"
                  draggable
                  onDragStart={(e) => onDragStart(e, kind.id)}
                  onClick={() => addAtCentre(kind.id)}
                  aria-label={kind.label}
                  title={kind.summary}
                  className="flex w-full cursor-grab items-center gap-2 rounded-md border border-slate-200 bg-white px-2 py-1.5 text-left text-sm hover:border-slate-400 hover:bg-slate-50 active:cursor-grabbing dark:border-slate-700 dark:bg-slate-900 dark:hover:bg-slate-800"
                >
                  <Icon name={kind.icon} color={kind.color} className="h-4 w-4 shrink-0" />
                  <span className="leading-tight">{kind.label}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </nav>
  );
}
