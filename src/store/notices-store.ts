/** Short messages for the user (toasts): what was refused and why, what was saved or copied. */
import { create } from 'zustand';

export type NoticeTone = 'info' | 'success' | 'error';
export interface Notice {
  id: number;
  tone: NoticeTone;
  message: string;
  /** Optional detail lines (e.g. every problem in an import). */
  details?: string[];
}

export interface NoticesState {
  notices: Notice[];
  notify: (tone: NoticeTone, message: string, details?: string[]) => void;
  dismiss: (id: number) => void;
}

let counter = 0;
export const useNotices = create<NoticesState>()((set) => ({
  notices: [],
  notify: (tone, message, details) =>
    set((s) => ({ notices: [...s.notices.slice(-3), { id: ++counter, tone, message, details }] })),
  dismiss: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
}));
