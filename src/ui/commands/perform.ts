/**
 * What each command does, supplied by the feature that owns it (the editor its edits, playback
 * its transport). Descriptions live in ./commands.ts; a command nobody has supplied yet (its
 * feature is still loading) is simply not available.
 */
import type { CommandId } from './commands.ts';

export interface Perform {
  run: () => void;
  /** Whether the command can run now; absent means always. */
  enabled?: () => boolean;
}

const performers = new Map<CommandId, Perform>();

/** Called once by a feature when its module loads. */
export function provideCommands(entries: Partial<Record<CommandId, Perform>>) {
  for (const [id, perform] of Object.entries(entries) as [CommandId, Perform][])
    performers.set(id, perform);
}

export function canRun(id: CommandId): boolean {
  const perform = performers.get(id);
  return !!perform && (!perform.enabled || perform.enabled());
}

/** Runs a command if it is available and enabled; returns whether it ran. */
export function runCommand(id: CommandId): boolean {
  if (!canRun(id)) return false;
  performers.get(id)?.run();
  return true;
}
