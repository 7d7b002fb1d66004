/** Editor UI state that is not the document: open dialogs, the canvas instance. */
import { create } from 'zustand';
import type { ReactFlowInstance } from '@xyflow/react';

export type DialogName = 'help' | 'connect' | 'gallery' | 'share' | null;

export interface EditorUiState {
  dialog: DialogName;
  flow: ReactFlowInstance | null;
  /** A node whose label field should take focus (after adding it from the keyboard). */
  openDialog: (dialog: DialogName) => void;
  setFlow: (flow: ReactFlowInstance | null) => void;
}

export const useEditorUi = create<EditorUiState>()((set) => ({
  dialog: null,
  flow: null,
  openDialog: (dialog) => set({ dialog }),
  setFlow: (flow) => set({ flow }),
}));
