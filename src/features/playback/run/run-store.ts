/**
 * The run being played and the run pinned for comparison. Kept out of the transport store
 * (src/store/playback-store.ts) because a run is a feature-level object: the engine's result
 * plus the playback's own indexes.
 */
import { create } from 'zustand';
import type { Scenario } from '../../../domain/diagram/index.ts';
import type { SimResult } from '../../../domain/sim/index.ts';
import type { PlaybackRun } from '../timeline/playback-run.ts';

/** A run kept for comparison: its metrics, without the trace. */
export interface PinnedRun {
  label: string;
  scenario: Scenario;
  result: Omit<SimResult, 'trace'>;
}

export interface RunState {
  run: PlaybackRun | null;
  /** runKey() of the scenario the current run was made from. */
  key: string | null;
  pinned: PinnedRun | null;
  setRun: (run: PlaybackRun | null, key: string | null) => void;
  pin: (pinned: PinnedRun | null) => void;
}

export const useRun = create<RunState>()((set) => ({
  run: null,
  key: null,
  pinned: null,
  setRun: (run, key) => set({ run, key }),
  pin: (pinned) => set({ pinned }),
}));
