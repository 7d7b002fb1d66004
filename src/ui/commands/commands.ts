/**
 * What every user command is called and how it is reached: id, label, group, shortcuts and
 * help text (STYLE.md, after Excalidraw's actions). Toolbar and transport buttons, menus, the
 * keyboard and the help dialog all read these descriptions; each feature supplies the `perform`
 * of its own commands (./perform.ts), so features share commands without importing each other.
 */
export interface Shortcut {
  key: string;
  /** Ctrl on Windows/Linux, ⌘ on macOS. */
  mod?: boolean;
  shift?: boolean;
}

export type CommandGroup = 'Edit' | 'View' | 'Playback' | 'File' | 'Help';

export interface CommandSpec {
  label: string;
  group: CommandGroup;
  shortcuts: readonly Shortcut[];
  /** A longer description for a button's title, when the label alone is too short. */
  help?: string;
}

const specs = {
  undo: { label: 'Undo', group: 'Edit', shortcuts: [{ key: 'z', mod: true }] },
  redo: {
    label: 'Redo',
    group: 'Edit',
    shortcuts: [
      { key: 'z', mod: true, shift: true },
      { key: 'y', mod: true },
    ],
  },
  delete: {
    label: 'Delete selection',
    group: 'Edit',
    shortcuts: [{ key: 'Delete' }, { key: 'Backspace' }],
  },
  duplicate: { label: 'Duplicate', group: 'Edit', shortcuts: [{ key: 'd', mod: true }] },
  copy: { label: 'Copy', group: 'Edit', shortcuts: [{ key: 'c', mod: true }] },
  paste: { label: 'Paste', group: 'Edit', shortcuts: [{ key: 'v', mod: true }] },
  'select-all': { label: 'Select all', group: 'Edit', shortcuts: [{ key: 'a', mod: true }] },
  connect: { label: 'Connect to…', group: 'Edit', shortcuts: [{ key: 'c' }] },
  'fit-view': { label: 'Fit view', group: 'View', shortcuts: [{ key: 'f' }] },
  'zoom-in': { label: 'Zoom in', group: 'View', shortcuts: [{ key: '+' }, { key: '=' }] },
  'zoom-out': { label: 'Zoom out', group: 'View', shortcuts: [{ key: '-' }] },
  'play-pause': {
    label: 'Play / pause',
    group: 'Playback',
    shortcuts: [{ key: ' ' }, { key: 'k' }],
  },
  // Play and Pause are the two faces of one key: their buttons show play-pause's shortcut.
  play: { label: 'Play', group: 'Playback', shortcuts: [] },
  pause: { label: 'Pause', group: 'Playback', shortcuts: [] },
  step: {
    label: 'Step',
    group: 'Playback',
    shortcuts: [{ key: '.' }],
    help: 'Step to the next happening',
  },
  restart: {
    label: 'Restart',
    group: 'Playback',
    shortcuts: [],
    help: 'Run again with the same seed and play from the start',
  },
  new: { label: 'New scenario', group: 'File', shortcuts: [{ key: 'n', shift: true }] },
  'compare-containers': { label: 'Compare with containers', group: 'View', shortcuts: [] },
  gallery: { label: 'Open the gallery', group: 'File', shortcuts: [{ key: 'g' }] },
  share: { label: 'Share', group: 'File', shortcuts: [{ key: 's', mod: true, shift: true }] },
  export: { label: 'Export', group: 'File', shortcuts: [{ key: 's', mod: true }] },
  import: { label: 'Import', group: 'File', shortcuts: [{ key: 'o', mod: true }] },
  'export-sam': { label: 'Export as SAM template', group: 'File', shortcuts: [] },
  'export-png': { label: 'Export as PNG', group: 'File', shortcuts: [] },
  'export-svg': { label: 'Export as SVG', group: 'File', shortcuts: [] },
  help: { label: 'Keyboard shortcuts', group: 'Help', shortcuts: [{ key: '?', shift: true }] },
} as const satisfies Record<string, CommandSpec>;

export type CommandId = keyof typeof specs;

export const COMMAND_SPECS: Readonly<Record<CommandId, CommandSpec>> = specs;

export const COMMAND_IDS = Object.keys(specs) as CommandId[];

export const COMMAND_GROUPS: readonly CommandGroup[] = ['Edit', 'View', 'Playback', 'File', 'Help'];

/** Commands whose buttons borrow another command's keys (Play and Pause share Space and K). */
const SHORTCUTS_OF: Partial<Record<CommandId, CommandId>> = {
  play: 'play-pause',
  pause: 'play-pause',
};

/** The keys that reach a command, its own or those of the command it is a face of. */
export function shortcutsOf(id: CommandId): readonly Shortcut[] {
  return COMMAND_SPECS[SHORTCUTS_OF[id] ?? id].shortcuts;
}
