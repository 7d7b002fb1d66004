/**
 * What the editor's commands do. Their names, keys and help text are in src/ui/commands (the one
 * registry every button, menu, shortcut and help line reads); playback supplies its own.
 */
import { emptyScenario, extractFragment } from '../../../domain/diagram/index.ts';
import { redo, undo, useDiagram } from '../../../store/diagram-store.ts';
import { useSelection } from '../../../store/selection-store.ts';
import { useNotices } from '../../../store/notices-store.ts';
import { provideCommands, type CommandId, type Perform } from '../../../ui/commands/index.ts';
import { useEditorUi } from '../../../store/editor-ui-store.ts';
import { setClipboard, takeClipboard } from './clipboard.ts';
import { exportImage } from '../export-image/export-image.ts';
import { useCompare } from '../../../store/compare-store.ts';
import { twinSourceOf } from '../../../domain/crossover/twin-source.ts';

const hasSelection = () => {
  const s = useSelection.getState();
  return s.nodeIds.length + s.edgeIds.length > 0;
};
const hasNodes = () => useSelection.getState().nodeIds.length > 0;
const notify = (...args: Parameters<ReturnType<typeof useNotices.getState>['notify']>) =>
  useNotices.getState().notify(...args);

function copySelection(): boolean {
  const { nodeIds } = useSelection.getState();
  if (nodeIds.length === 0) return false;
  setClipboard(extractFragment(useDiagram.getState().scenario, nodeIds));
  return true;
}

function paste() {
  const clip = takeClipboard();
  if (!clip) return notify('info', 'Nothing to paste: copy some nodes first.');
  const result = useDiagram.getState().paste(clip.fragment, clip.offset);
  if (result.ok) useSelection.getState().select(result.ids ?? []);
  else notify('error', result.reason);
}

const flow = () => useEditorUi.getState().flow;
const persistence = () => import('../persistence/import-export.ts');

/** The selected node, when it is a function the experiment can start from. */
function selectedFunctionToCompare(): string | null {
  const { nodeIds } = useSelection.getState();
  const id = nodeIds.length === 1 ? nodeIds[0] : undefined;
  if (!id) return null;
  return twinSourceOf(useDiagram.getState().scenario, id) ? id : null;
}

export const EDITOR_COMMANDS = {
  undo: { run: undo, enabled: () => useDiagram.temporal.getState().pastStates.length > 0 },
  redo: { run: redo, enabled: () => useDiagram.temporal.getState().futureStates.length > 0 },
  delete: {
    enabled: hasSelection,
    run: () => {
      const { nodeIds, edgeIds, clear } = useSelection.getState();
      useDiagram.getState().remove(nodeIds, edgeIds);
      clear();
    },
  },
  duplicate: {
    enabled: hasNodes,
    run: () => {
      if (copySelection()) paste();
    },
  },
  copy: { enabled: hasNodes, run: () => void copySelection() },
  paste: { run: paste },
  'select-all': {
    run: () =>
      useSelection.getState().select(useDiagram.getState().scenario.nodes.map((n) => n.id)),
  },
  connect: {
    enabled: () => useSelection.getState().nodeIds.length === 1,
    run: () => useEditorUi.getState().openDialog('connect'),
  },
  'fit-view': { run: () => void flow()?.fitView({ padding: 0.2, duration: 200 }) },
  'zoom-in': { run: () => void flow()?.zoomIn() },
  'zoom-out': { run: () => void flow()?.zoomOut() },
  new: {
    run: () => {
      useSelection.getState().clear();
      useDiagram.getState().replace(emptyScenario());
      notify('info', 'Started an empty scenario. Undo brings back the previous one.');
    },
  },
  'compare-containers': {
    enabled: () => selectedFunctionToCompare() !== null,
    run: () => {
      const id = selectedFunctionToCompare();
      if (id) useCompare.getState().open(id);
    },
  },
  gallery: { run: () => useEditorUi.getState().openDialog('gallery') },
  share: { run: () => useEditorUi.getState().openDialog('share') },
  // File import and export (the JSON file format, the template tools) load on first use.
  export: {
    run: () => void persistence().then((m) => m.exportScenarioFile(useDiagram.getState().scenario)),
  },
  import: { run: () => void persistence().then((m) => m.pickImportFile()) },
  'export-sam': {
    run: () =>
      void import('../persistence/template-files.ts').then((m) =>
        m.exportSamTemplate(useDiagram.getState().scenario),
      ),
  },
  'export-png': { run: () => void exportImage(useDiagram.getState().scenario, 'png') },
  'export-svg': { run: () => void exportImage(useDiagram.getState().scenario, 'svg') },
  help: { run: () => useEditorUi.getState().openDialog('help') },
} satisfies Partial<Record<CommandId, Perform>>;

provideCommands(EDITOR_COMMANDS);
