/**
 * Whose scenario is open. A shared link opens *view-only*: playable and inspectable, but not
 * the learner's work, so autosave leaves their saved scenario exactly as it was until they
 * edit (or make a copy). A *locked* link (a teacher's version for a class) refuses edits until
 * copied. Embeds use 'locked' for links that ask for no editing at all.
 */
import { create } from 'zustand';

export type Ownership = 'own' | 'view' | 'locked';

export interface OwnershipState {
  ownership: Ownership;
  set: (ownership: Ownership) => void;
}

export const useOwnership = create<OwnershipState>()((set) => ({
  ownership: 'own',
  set: (ownership) => set({ ownership }),
}));

/** True when the open scenario is the learner's own work (the one autosave keeps). */
export const ownsScenario = () => useOwnership.getState().ownership === 'own';
