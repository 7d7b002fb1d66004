import { COMMAND_IDS, COMMAND_SPECS, type CommandGroup, type CommandId } from './commands.ts';
import { describeShortcut } from './shortcuts.ts';

export interface HelpLine {
  id: CommandId;
  group: CommandGroup;
  text: string;
  /** The keys as shown, e.g. ['Ctrl+Z']. */
  keys: string[];
}

/** One line per command that has keys, in registry order: what the help dialog lists. */
export function helpLines(): HelpLine[] {
  return COMMAND_IDS.filter((id) => COMMAND_SPECS[id].shortcuts.length > 0).map((id) => {
    const spec = COMMAND_SPECS[id];
    return {
      id,
      group: spec.group,
      text: spec.help ?? spec.label,
      keys: spec.shortcuts.map(describeShortcut),
    };
  });
}
