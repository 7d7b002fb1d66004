/** What happened to saved work this session: a corrupt copy to offer, a backup to restore. */
import { create } from 'zustand';
import type { Scenario } from '../domain/diagram/index.ts';

export interface SessionState {
  /** The unreadable saved text, kept so the user can download it. */
  corruptCopy: string | null;
  /** The user's own work, set aside when a link or example replaced it. */
  backup: { scenario: Scenario; reason: string } | null;
  firstVisit: boolean;
  set: (patch: Partial<Omit<SessionState, 'set'>>) => void;
}

export const useSession = create<SessionState>()((set) => ({
  corruptCopy: null,
  backup: null,
  firstVisit: false,
  set: (patch) => set(patch),
}));
