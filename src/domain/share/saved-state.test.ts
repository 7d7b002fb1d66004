import { emptyScenario } from '../diagram/index.ts';
import {
  BACKUP_KEY,
  STORAGE_KEY,
  backupBeforeOpeningLink,
  readSaved,
  serializeSaved,
} from './saved-state.ts';

describe('autosave text', () => {
  it('reads back what it wrote', () => {
    const scenario = emptyScenario('Mine');
    expect(readSaved(serializeSaved(scenario))).toEqual({ status: 'ok', scenario });
  });

  it('treats nothing saved as empty', () => {
    expect(readSaved(null)).toEqual({ status: 'empty' });
    expect(readSaved('  ')).toEqual({ status: 'empty' });
  });

  it('keeps unreadable text, with the reason, instead of throwing it away', () => {
    const raw = '{"version": 1, "name": "Mine", "nodes": [';
    expect(readSaved(raw)).toEqual({
      status: 'corrupt',
      raw,
      error: expect.stringMatching(/^Not valid JSON: .+ \(line 1, column \d+\)\.$/),
    });
    const tooNew = JSON.stringify({ ...emptyScenario(), version: 99 });
    expect(readSaved(tooNew)).toMatchObject({
      status: 'corrupt',
      raw: tooNew,
      error: expect.stringContaining('newer version'),
    });
  });

  it('uses distinct storage keys for the work and its backup', () => {
    expect(STORAGE_KEY).not.toBe(BACKUP_KEY);
  });
});

describe('backupBeforeOpeningLink', () => {
  const mine = emptyScenario('Mine');
  const linked = emptyScenario('From a link');

  it('backs up the user’s own work before a link replaces it', () => {
    const saved = serializeSaved(mine);
    expect(backupBeforeOpeningLink(saved, linked)).toBe(saved);
  });

  it('backs up unreadable saved text too: it is still the user’s', () => {
    expect(backupBeforeOpeningLink('{broken', linked)).toBe('{broken');
  });

  it('has nothing to back up when nothing is saved or the saved work is the linked scenario', () => {
    expect(backupBeforeOpeningLink(null, linked)).toBeNull();
    expect(backupBeforeOpeningLink(serializeSaved(linked), linked)).toBeNull();
    // Same scenario, keys in another order: still the same work.
    const reordered = JSON.stringify({ ...linked, version: 1, name: linked.name });
    expect(backupBeforeOpeningLink(reordered, linked)).toBeNull();
  });
});
