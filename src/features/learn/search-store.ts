/**
 * Whether search is open, and which mounted SearchButton hosts the dialog and the shortcut.
 * Several buttons may be on screen (the header's, the Learn bar's); only the first mounted one
 * listens for "/" and Ctrl/⌘+K and renders the dialog, so there is never a second of either.
 */
import { create } from 'zustand';

interface SearchUiState {
  open: boolean;
  hosts: string[];
  setOpen: (open: boolean) => void;
  addHost: (id: string) => void;
  removeHost: (id: string) => void;
}

export const useSearchUi = create<SearchUiState>()((set) => ({
  open: false,
  hosts: [],
  setOpen: (open) => set({ open }),
  addHost: (id) => set((s) => ({ hosts: [...s.hosts, id] })),
  removeHost: (id) => set((s) => ({ hosts: s.hosts.filter((h) => h !== id) })),
}));
