import { BACKUP_KEY, readSaved, serializeSaved } from '../../../domain/share/saved-state.ts';
import type { Scenario } from '../../../domain/diagram/index.ts';
import { clearHistory, useDiagram } from '../../../store/diagram-store.ts';
import { useNotices } from '../../../store/notices-store.ts';
import { findExample, GALLERY } from '../../../../content/examples/index.ts';
import { readSavedState, saveNow, startAutosave } from './autosave.ts';
import { useSession } from './session-store.ts';
import { useEditorUi } from '../editor-ui-store.ts';

let booted = false;

function welcomeScenario(): Scenario {
  const example = findExample('rest-api') ?? GALLERY[0];
  if (!example) throw new Error('The gallery is empty.');
  return structuredClone(example.scenario);
}

/**
 * Restores the saved scenario at start-up. A first visit opens a friendly example and the
 * gallery; unreadable saved data is kept for download and the app starts fresh.
 */
export function bootScenario() {
  if (booted) return;
  booted = true;
  const saved = readSavedState();
  if (saved.status === 'ok') {
    useDiagram.getState().replace(saved.scenario);
  } else {
    useDiagram.getState().replace(welcomeScenario());
    if (saved.status === 'corrupt') {
      useSession.getState().set({ corruptCopy: saved.raw });
      useNotices
        .getState()
        .notify(
          'error',
          `Your saved scenario could not be read (${saved.error}). It is kept: use “Download the damaged copy” to keep it. A fresh example is open instead.`,
        );
    } else {
      useSession.getState().set({ firstVisit: true });
      useEditorUi.getState().openDialog('gallery');
    }
  }
  clearHistory();
  readBackup();
  startAutosave();
}

function readBackup() {
  try {
    const saved = readSaved(localStorage.getItem(BACKUP_KEY));
    if (saved.status === 'ok')
      useSession.getState().set({ backup: { scenario: saved.scenario, reason: 'earlier' } });
  } catch {
    // Storage blocked: nothing to restore.
  }
}

/**
 * Sets the user's current work aside (memory and storage) before a link or example replaces it.
 * `current` is the work to keep when it is no longer the open scenario (a viewed link's copy).
 */
export function backUpCurrentWork(reason: string, current = useDiagram.getState().scenario) {
  // On a first visit the open scenario is our welcome example, not the user's work.
  if (useSession.getState().firstVisit) return useSession.getState().set({ firstVisit: false });
  useSession.getState().set({ backup: { scenario: current, reason } });
  try {
    localStorage.setItem(BACKUP_KEY, serializeSaved(current));
  } catch {
    // The in-memory backup still allows a restore in this tab.
  }
}

export function restoreBackup() {
  const { backup } = useSession.getState();
  if (!backup) return;
  backUpCurrentWork('swap');
  useDiagram.getState().replace(backup.scenario);
  saveNow(backup.scenario);
  useNotices
    .getState()
    .notify(
      'success',
      `Restored “${backup.scenario.name}”. The scenario you had open is now the one you can restore.`,
    );
}
