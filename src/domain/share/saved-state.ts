/**
 * Autosave, as pure functions: the app reads and writes localStorage, this decides what the
 * text means. Broken saved text is never thrown away here — the app offers it as a download
 * and starts fresh — and opening a shared link never silently replaces the user's own work.
 */
import type { Scenario } from '../diagram/index.ts';
import { canonicalScenario } from './canonical.ts';
import { parseScenarioJson } from './json-file.ts';

/** Where autosave keeps the current scenario. Not versioned: migrations handle old documents. */
export const STORAGE_KEY = 'serverless-explorer.scenario';
/** The work that was current when a shared link replaced it; the app offers to restore it. */
export const BACKUP_KEY = 'serverless-explorer.scenario-before-link';

export type SavedState =
  | { status: 'empty' }
  | { status: 'ok'; scenario: Scenario }
  | { status: 'corrupt'; raw: string; error: string };

/**
 * The text autosave writes: compact JSON in the canonical key order.
 *
 * @example
 * localStorage.setItem(STORAGE_KEY, serializeSaved(scenario));
 */
export function serializeSaved(scenario: Scenario): string {
  return JSON.stringify(canonicalScenario(scenario));
}

/**
 * What a saved text holds. Never throws.
 *
 * @example
 * readSaved(localStorage.getItem(STORAGE_KEY));
 * // { status: 'empty' } | { status: 'ok', scenario } | { status: 'corrupt', raw, error }
 */
export function readSaved(raw: string | null): SavedState {
  if (raw === null || raw.trim() === '') return { status: 'empty' };
  const parsed = parseScenarioJson(raw);
  if (parsed.ok) return { status: 'ok', scenario: parsed.scenario };
  return {
    status: 'corrupt',
    raw,
    // The detail only: the app puts it in its own sentence about the saved work.
    error: parsed.errors.slice(0, 3).join(' '),
  };
}

/**
 * Before a shared link's scenario replaces the saved one: the text to keep under BACKUP_KEY,
 * or null when there is nothing worth keeping (no saved work, or the same scenario as the
 * link — opening a link twice must not cost the backup). Unreadable saved text is kept too:
 * it is still the user's. There is one backup slot; opening a second link backs up whatever
 * is current then (the first link's scenario, perhaps edited), so the first is replaced.
 *
 * @example
 * const backup = backupBeforeOpeningLink(localStorage.getItem(STORAGE_KEY), linked);
 * if (backup !== null) localStorage.setItem(BACKUP_KEY, backup);
 * localStorage.setItem(STORAGE_KEY, serializeSaved(linked));
 */
export function backupBeforeOpeningLink(
  savedRaw: string | null,
  incoming: Scenario,
): string | null {
  const saved = readSaved(savedRaw);
  if (saved.status === 'empty') return null;
  if (saved.status === 'ok' && serializeSaved(saved.scenario) === serializeSaved(incoming))
    return null;
  return savedRaw;
}
