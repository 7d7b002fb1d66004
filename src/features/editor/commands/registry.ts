/**
 * One registry of user commands (STYLE.md, after Excalidraw's actions): the same object
 * drives the toolbar button, the keyboard shortcut, the "?" help dialog and the tests.
 */
import { emptyScenario, extractFragment } from '../../../domain/diagram/index.ts';
import { redo, undo, useDiagram } from '../../../store/diagram-store.ts';
import { useSelection } from '../../../store/selection-store.ts';
import { useNotices } from '../../../store/notices-store.ts';
import { useEditorUi } from '../editor-ui-store.ts';
import { setClipboard, takeClipboard } from './clipboard.ts';
import { exportScenarioFile, pickImportFile } from '../persistence/import-export.ts';
import { exportImage } from '../export-image/export-image.ts';
import { usePlayback } from '../../../store/playback-store.ts';
import { useCompare } from '../../../store/compare-store.ts';
import { twinSourceOf } from '../../../domain/crossover/twin.ts';
import { pause, play, restart, step, togglePlay } from '../../playback/transport/actions.ts';

export interface Shortcut {
  key: string;
  /** Ctrl on Windows/Linux, ⌘ on macOS. */
  mod?: boolean;
  shift?: boolean;
}

export interface Command {
  id: string;
  label: string;
  group: 'Edit' | 'View' | 'Playback' | 'File' | 'Help';
  shortcuts: Shortcut[];
  enabled?: () => boolean;
  run: () => void;
}

const hasSelection = () => {
  const s = useSelection.getState();
  return s.nodeIds.length + s.edgeIds.length > 0;
};
const notify = (...args: Parameters<ReturnType<typeof useNotices.getState>['notify']>) =>
  useNotices.getState().notify(...args);

/** The selected node, when it is a function the experiment can start from. */
function selectedFunctionToCompare(): string | null {
  const { nodeIds } = useSelection.getState();
  const id = nodeIds.length === 1 ? nodeIds[0] : undefined;
  if (!id) return null;
  return twinSourceOf(useDiagram.getState().scenario, id) ? id : null;
}

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

export const COMMANDS: Command[] = [
  {
    id: 'undo',
    label: 'Undo',
    group: 'Edit',
    shortcuts: [{ key: 'z', mod: true }],
    enabled: () => useDiagram.temporal.getState().pastStates.length > 0,
    run: undo,
  },
  {
    id: 'redo',
    label: 'Redo',
    group: 'Edit',
    shortcuts: [
      { key: 'z', mod: true, shift: true },
      { key: 'y', mod: true },
    ],
    enabled: () => useDiagram.temporal.getState().futureStates.length > 0,
    run: redo,
  },
  {
    id: 'delete',
    label: 'Delete selection',
    group: 'Edit',
    shortcuts: [{ key: 'Delete' }, { key: 'Backspace' }],
    enabled: hasSelection,
    run: () => {
      const { nodeIds, edgeIds, clear } = useSelection.getState();
      useDiagram.getState().remove(nodeIds, edgeIds);
      clear();
    },
  },
  {
    id: 'duplicate',
    label: 'Duplicate',
    group: 'Edit',
    shortcuts: [{ key: 'd', mod: true }],
    enabled: () => useSelection.getState().nodeIds.length > 0,
    run: () => {
      if (copySelection()) paste();
    },
  },
  {
    id: 'copy',
    label: 'Copy',
    group: 'Edit',
    shortcuts: [{ key: 'c', mod: true }],
    enabled: () => useSelection.getState().nodeIds.length > 0,
    run: () => void copySelection(),
  },
  { id: 'paste', label: 'Paste', group: 'Edit', shortcuts: [{ key: 'v', mod: true }], run: paste },
  {
    id: 'select-all',
    label: 'Select all',
    group: 'Edit',
    shortcuts: [{ key: 'a', mod: true }],
    run: () =>
      useSelection.getState().select(useDiagram.getState().scenario.nodes.map((n) => n.id)),
  },
  {
    id: 'connect',
    label: 'Connect to…',
    group: 'Edit',
    shortcuts: [{ key: 'c' }],
    enabled: () => useSelection.getState().nodeIds.length === 1,
    run: () => useEditorUi.getState().openDialog('connect'),
  },
  {
    id: 'fit-view',
    label: 'Fit view',
    group: 'View',
    shortcuts: [{ key: 'f' }],
    run: () => void useEditorUi.getState().flow?.fitView({ padding: 0.2, duration: 200 }),
  },
  {
    id: 'zoom-in',
    label: 'Zoom in',
    group: 'View',
    shortcuts: [{ key: '+' }, { key: '=' }],
    run: () => void useEditorUi.getState().flow?.zoomIn(),
  },
  {
    id: 'zoom-out',
    label: 'Zoom out',
    group: 'View',
    shortcuts: [{ key: '-' }],
    run: () => void useEditorUi.getState().flow?.zoomOut(),
  },
  {
    id: 'play-pause',
    label: 'Play / pause',
    group: 'Playback',
    shortcuts: [{ key: ' ' }, { key: 'k' }],
    run: togglePlay,
  },
  {
    id: 'play',
    label: 'Play',
    group: 'Playback',
    shortcuts: [],
    enabled: () => !usePlayback.getState().playing,
    run: () => void play(),
  },
  { id: 'pause', label: 'Pause', group: 'Playback', shortcuts: [], run: pause },
  {
    id: 'step',
    label: 'Step to the next happening',
    group: 'Playback',
    shortcuts: [{ key: '.' }],
    run: () => void step(),
  },
  {
    id: 'restart',
    label: 'Restart the run (same seed)',
    group: 'Playback',
    shortcuts: [],
    run: () => void restart(),
  },
  {
    id: 'new',
    label: 'New scenario',
    group: 'File',
    shortcuts: [{ key: 'n', shift: true }],
    run: () => {
      useSelection.getState().clear();
      useDiagram.getState().replace(emptyScenario());
      notify('info', 'Started an empty scenario. Undo brings back the previous one.');
    },
  },
  {
    id: 'compare-containers',
    label: 'Compare with containers',
    group: 'View',
    shortcuts: [],
    enabled: () => selectedFunctionToCompare() !== null,
    run: () => {
      const id = selectedFunctionToCompare();
      if (id) useCompare.getState().open(id);
      else notify('info', 'Select a Lambda function behind API Gateway or fed by SQS first.');
    },
  },
  {
    id: 'gallery',
    label: 'Open the gallery',
    group: 'File',
    shortcuts: [{ key: 'g' }],
    run: () => useEditorUi.getState().openDialog('gallery'),
  },
  {
    id: 'share',
    label: 'Share',
    group: 'File',
    shortcuts: [{ key: 's', mod: true, shift: true }],
    run: () => useEditorUi.getState().openDialog('share'),
  },
  {
    id: 'export',
    label: 'Export',
    group: 'File',
    shortcuts: [{ key: 's', mod: true }],
    run: () => exportScenarioFile(useDiagram.getState().scenario),
  },
  {
    id: 'import',
    label: 'Import',
    group: 'File',
    shortcuts: [{ key: 'o', mod: true }],
    run: pickImportFile,
  },
  {
    id: 'export-png',
    label: 'Export image (PNG)',
    group: 'File',
    shortcuts: [],
    run: () => void exportImage(useDiagram.getState().scenario, 'png'),
  },
  {
    id: 'export-svg',
    label: 'Export image (SVG)',
    group: 'File',
    shortcuts: [],
    run: () => void exportImage(useDiagram.getState().scenario, 'svg'),
  },
  {
    id: 'help',
    label: 'Keyboard shortcuts',
    group: 'Help',
    shortcuts: [{ key: '?', shift: true }],
    run: () => useEditorUi.getState().openDialog('help'),
  },
];

export function getCommand(id: string): Command {
  const command = COMMANDS.find((c) => c.id === id);
  if (!command) throw new Error(`No command "${id}"`);
  return command;
}

export function runCommand(id: string) {
  const command = getCommand(id);
  if (command.enabled && !command.enabled()) return;
  command.run();
}
