// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { COMMAND_IDS, COMMAND_SPECS, shortcutsOf } from './commands.ts';
import { helpLines } from './help.ts';
import { commandForKey, describeShortcut } from './shortcuts.ts';
import { commandTitle } from './title.ts';

/** The key press a shortcut stands for (Ctrl as the modifier, as on Windows and Linux). */
function pressOf(shortcut: { key: string; mod?: boolean; shift?: boolean }) {
  return new KeyboardEvent('keydown', {
    key: shortcut.key,
    ctrlKey: !!shortcut.mod,
    shiftKey: !!shortcut.shift,
  });
}

describe('the command registry', () => {
  it('no two commands share a key', () => {
    const owners = new Map<string, string>();
    for (const id of COMMAND_IDS) {
      for (const shortcut of COMMAND_SPECS[id].shortcuts) {
        const key = describeShortcut(shortcut);
        expect(owners.get(key), `${key} of ${id}`).toBeUndefined();
        owners.set(key, id);
      }
    }
    expect(owners.size).toBeGreaterThan(10);
  });

  it('every key in the help dialog reaches the command it is listed for', () => {
    const lines = helpLines();
    expect(lines.map((l) => l.id)).toEqual(expect.arrayContaining(['undo', 'play-pause', 'step']));
    for (const line of lines) {
      const shortcuts = COMMAND_SPECS[line.id].shortcuts;
      expect(line.keys).toEqual(shortcuts.map(describeShortcut));
      for (const shortcut of shortcuts) expect(commandForKey(pressOf(shortcut))).toBe(line.id);
    }
  });

  it('every command with keys has a help line, and none without', () => {
    const listed = new Set(helpLines().map((l) => l.id));
    for (const id of COMMAND_IDS)
      expect(listed.has(id)).toBe(COMMAND_SPECS[id].shortcuts.length > 0);
  });

  it('a title names the command and the key that reaches it', () => {
    expect(commandTitle('undo')).toBe('Undo (Ctrl+Z)');
    expect(commandTitle('step')).toBe('Step to the next happening (.)');
    // Play and Pause are reached by Play / pause's keys.
    expect(commandTitle('play')).toBe('Play (Space)');
    expect(shortcutsOf('pause')).toBe(COMMAND_SPECS['play-pause'].shortcuts);
    expect(commandTitle('restart')).toBe(COMMAND_SPECS.restart.help);
  });
});
