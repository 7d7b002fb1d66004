import { COMMAND_SPECS, shortcutsOf, type CommandId } from './commands.ts';
import { describeShortcut } from './shortcuts.ts';

/**
 * A command button's title: its help text (or label) and its first shortcut.
 * @example commandTitle('step') // → 'Step to the next happening (.)'
 */
export function commandTitle(id: CommandId): string {
  const spec = COMMAND_SPECS[id];
  const shortcut = shortcutsOf(id)[0];
  const text = spec.help ?? spec.label;
  return shortcut ? `${text} (${describeShortcut(shortcut)})` : text;
}
