import { BACKUP_KEY, serializeSaved } from '../domain/share/saved-state.ts';
import { useDiagram } from './diagram-store.ts';
import { useSession } from './session-store.ts';

/**
 * Sets the open scenario aside (in the session and in localStorage) before a link, an example
 * or a lesson replaces it, so "Restore previous work" can bring it back. `current` is the work
 * to keep when it is no longer the open scenario (a viewed link's copy).
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
