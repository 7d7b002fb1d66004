/** What is selected on the canvas. Not part of the document, so never in the undo history. */
import { create } from 'zustand';

export interface SelectionState {
  nodeIds: string[];
  edgeIds: string[];
  select: (nodeIds: string[], edgeIds?: string[]) => void;
  clear: () => void;
}

export const useSelection = create<SelectionState>()((set) => ({
  nodeIds: [],
  edgeIds: [],
  select: (nodeIds, edgeIds = []) => set({ nodeIds, edgeIds }),
  clear: () => set({ nodeIds: [], edgeIds: [] }),
}));
