/** Presenter mode (a class watching a projector): on or off, the "what to watch" step, blanked. */
import { create } from 'zustand';

export interface PresenterState {
  on: boolean;
  step: number;
  blank: boolean;
  set: (patch: Partial<Omit<PresenterState, 'set'>>) => void;
}

export const usePresenter = create<PresenterState>()((set) => ({
  on: false,
  step: 0,
  blank: false,
  set: (patch) => set(patch),
}));
