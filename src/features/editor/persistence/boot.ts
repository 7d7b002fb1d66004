import { BACKUP_KEY, readSaved } from '../../../domain/share/saved-state.ts';
import type { Scenario } from '../../../domain/diagram/index.ts';
import { clearHistory, useDiagram } from '../../../store/diagram-store.ts';
import { useNotices } from '../../../store/notices-store.ts';
import { readSavedState, saveNow, startAutosave } from './autosave.ts';
import { useSession } from '../../../store/session-store.ts';
import { backUpCurrentWork } from '../../../store/backup.ts';
import { useEditorUi } from '../../../store/editor-ui-store.ts';

let booting: Promise<void> | null = null;

/** The first visit's example (the gallery's data loads only for a visit without saved work). */
async function welcomeScenario(): Promise<Scenario> {
  const { findExample, GALLERY } = await import('../../../../content/examples/index.ts');
  const example = findExample('rest-api') ?? GALLERY[0];
  if (!example) throw new Error('The gallery is empty.');
  return structuredClone(example.scenario);
}

/**
 * Restores the saved scenario at start-up. A first visit opens a friendly example and the
 * gallery; unreadable saved data is kept for download and the app starts fresh.
 */
export function bootScenario(): Promise<void> {
  booting ??= restore();
  return booting;
}

async function restore() {
  const saved = readSavedState();
  if (saved.status === 'ok') {
    useDiagram.getState().replace(saved.scenario);
  } else {
    useDiagram.getState().replace(await welcomeScenario());
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

/** Sets the user's current work aside (memory and storage) before a link or example replaces it. */
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
