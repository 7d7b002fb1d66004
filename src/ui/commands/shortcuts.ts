/** Keyboard matching and display for the command registry (./commands.ts). */
import { COMMAND_IDS, COMMAND_SPECS, type CommandId, type Shortcut } from './commands.ts';

const isMac = () => typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

export function matches(shortcut: Shortcut, event: KeyboardEvent): boolean {
  const mod = isMac() ? event.metaKey : event.ctrlKey;
  if (!!shortcut.mod !== mod) return false;
  // "?" and "+" need Shift on most layouts: only check Shift for letters and named keys.
  const printable = shortcut.key.length === 1 && !/[a-z]/i.test(shortcut.key);
  if (!printable && !!shortcut.shift !== event.shiftKey) return false;
  return event.key.toLowerCase() === shortcut.key.toLowerCase();
}

/** @example describeShortcut({ key: 'z', mod: true }) // → 'Ctrl+Z' ('⌘+Z' on a Mac) */
export function describeShortcut(shortcut: Shortcut): string {
  const parts: string[] = [];
  if (shortcut.mod) parts.push(isMac() ? '⌘' : 'Ctrl');
  if (shortcut.shift && /^[a-z]$/i.test(shortcut.key)) parts.push('Shift');
  parts.push(
    shortcut.key === ' '
      ? 'Space'
      : shortcut.key.length === 1
        ? shortcut.key.toUpperCase()
        : shortcut.key,
  );
  return parts.join('+');
}

/**
 * Space on a focused control belongs to it (a button, a tab, a node on the canvas), so it
 * triggers no command there; the same command's letter key (K for play) still does.
 */
export function spaceBelongsToFocus(event: KeyboardEvent): boolean {
  if (event.key !== ' ') return false;
  const el = event.target;
  return (
    el instanceof Element &&
    el.closest(
      'button, a, summary, [role="button"], [role="tab"], [role="checkbox"], .react-flow__node, .react-flow__edge',
    ) !== null
  );
}

/** Typing in a field must never trigger canvas commands. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** The command a key press asks for, if any. */
export function commandForKey(event: KeyboardEvent): CommandId | undefined {
  return COMMAND_IDS.find((id) => COMMAND_SPECS[id].shortcuts.some((s) => matches(s, event)));
}
