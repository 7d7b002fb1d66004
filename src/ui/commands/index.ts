/** The one registry of user commands: descriptions, keys, titles, and who performs them. */
export {
  COMMAND_GROUPS,
  COMMAND_IDS,
  COMMAND_SPECS,
  shortcutsOf,
  type CommandGroup,
  type CommandId,
  type CommandSpec,
  type Shortcut,
} from './commands.ts';
export {
  commandForKey,
  describeShortcut,
  isTypingTarget,
  matches,
  spaceBelongsToFocus,
} from './shortcuts.ts';
export { commandTitle } from './title.ts';
export { helpLines, type HelpLine } from './help.ts';
export { canRun, provideCommands, runCommand, type Perform } from './perform.ts';
