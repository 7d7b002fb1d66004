import { STORAGE_KEY, readSaved, serializeSaved } from '../../../domain/share/saved-state.ts';
import type { Scenario } from '../../../domain/diagram/index.ts';
import { useDiagram } from '../../../store/diagram-store.ts';
import { useNotices } from '../../../store/notices-store.ts';
import { ownsScenario } from '../../../store/ownership-store.ts';

let lastWarning = 0;

/** Writes the scenario to localStorage; says so (at most once a minute) when it cannot. */
export function saveNow(scenario: Scenario): boolean {
  try {
    localStorage.setItem(STORAGE_KEY, serializeSaved(scenario));
    return true;
  } catch (error) {
    if (Date.now() - lastWarning > 60_000) {
      lastWarning = Date.now();
      const full = error instanceof DOMException && /quota/i.test(error.name + error.message);
      useNotices
        .getState()
        .notify(
          'error',
          full
            ? 'This browser’s storage is full, so your latest changes are not saved. Export the scenario to keep it.'
            : 'Your changes could not be saved in this browser (storage is blocked). Export the scenario to keep it.',
        );
    }
    return false;
  }
}

/**
 * Saves after every change, a moment later, so a burst of edits is one write. Someone else's
 * scenario (a link opened view-only) is never saved over the learner's own work.
 */
export function startAutosave(): () => void {
  let timer: number | undefined;
  const unsubscribe = useDiagram.subscribe((state, previous) => {
    if (state.scenario === previous.scenario || !ownsScenario()) return;
    window.clearTimeout(timer);
    timer = window.setTimeout(() => {
      timer = undefined;
      saveNow(state.scenario);
    }, 250);
  });
  // Only a change still waiting is written: leaving must not rewrite saved work unchanged.
  const flush = () => {
    if (timer === undefined) return;
    window.clearTimeout(timer);
    timer = undefined;
    if (ownsScenario()) saveNow(useDiagram.getState().scenario);
  };
  window.addEventListener('pagehide', flush);
  return () => {
    unsubscribe();
    window.clearTimeout(timer);
    window.removeEventListener('pagehide', flush);
  };
}

export function readSavedState() {
  try {
    return readSaved(localStorage.getItem(STORAGE_KEY));
  } catch {
    return readSaved(null);
  }
}
