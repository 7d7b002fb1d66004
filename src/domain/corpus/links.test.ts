/**
 * Links, exported files and autosaved text made by an earlier release (links.json,
 * saved-state.json, written once by scripts/freeze-corpus.ts) must open, forever, to the
 * scenario they held. A format change comes with a migration; it never edits these files.
 */
import { readFileSync } from 'node:fs';
import type { Scenario } from '../diagram/index.ts';
import { parseScenarioJson } from '../share/json-file.ts';
import { decodeScenarioFragment } from '../share/link-codec.ts';
import { readSaved } from '../share/saved-state.ts';

// Read as text, not imported: the corpus holds lone surrogates that must reach JSON.parse as written.
const read = <T>(name: string): T =>
  JSON.parse(readFileSync(new URL(name, import.meta.url), 'utf8')) as T;

interface LinkEntry {
  origin: string;
  link: string;
  linkOpensTo: Scenario;
  file: string;
  fileOpensTo: Scenario;
}
interface SavedEntry {
  origin: string;
  saved: string;
  opensTo: Scenario;
}

const links = read<LinkEntry[]>('links.json');
const saved = read<SavedEntry[]>('saved-state.json');

describe('the frozen link corpus', () => {
  it('is all there (every gallery scenario and at least 50 generated ones)', () => {
    expect(links.filter((e) => e.origin.startsWith('gallery:')).length).toBeGreaterThanOrEqual(8);
    expect(links.filter((e) => e.origin.startsWith('arbitrary')).length).toBeGreaterThanOrEqual(50);
    expect(saved.length).toBeGreaterThan(0);
  });

  it.each(links.map((e) => [e.origin, e] as const))('share link %s opens', (_origin, entry) => {
    const decoded = decodeScenarioFragment(entry.link);
    expect(decoded.ok ? decoded.scenario : decoded.error).toEqual(entry.linkOpensTo);
  });

  it.each(links.map((e) => [e.origin, e] as const))('exported file %s opens', (_origin, entry) => {
    const parsed = parseScenarioJson(entry.file);
    expect(parsed.ok ? parsed.scenario : parsed.errors).toEqual(entry.fileOpensTo);
  });

  it.each(saved.map((e) => [e.origin, e] as const))('autosaved %s opens', (_origin, entry) => {
    expect(readSaved(entry.saved)).toEqual({ status: 'ok', scenario: entry.opensTo });
  });
});
