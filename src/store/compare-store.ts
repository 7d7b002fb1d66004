/**
 * Which function the "Compare with containers" experiment is open for (null: closed). A store
 * of its own so that the editor can open the experiment without importing the compare feature.
 */
import { create } from 'zustand';

export interface CompareState {
  functionId: string | null;
  open: (functionId: string) => void;
  close: () => void;
}

export const useCompare = create<CompareState>()((set) => ({
  functionId: null,
  open: (functionId) => set({ functionId }),
  close: () => set({ functionId: null }),
}));
