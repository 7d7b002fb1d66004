/**
 * The scenario being edited, with undo history (zundo). Only document changes are recorded:
 * selection and viewport live elsewhere, and a drag is committed once, when it ends.
 */
import { create } from 'zustand';
import { temporal } from 'zundo';
import type { ConfigValue, FieldProblem, KindId } from '../domain/catalog/index.ts';
import {
  addNode,
  connect,
  emptyScenario,
  moveNodes,
  pasteFragment,
  removeElements,
  renameNode,
  setConfigValue,
  setEdgeVariant,
  setTraffic,
  type Fragment,
  type Position,
  type Scenario,
  type Settings,
  type Traffic,
} from '../domain/diagram/index.ts';

export type Outcome = { ok: true; id?: string; ids?: string[] } | { ok: false; reason: string };

export interface DiagramState {
  scenario: Scenario;
  addNode: (kind: KindId, position: Position) => Outcome;
  connect: (from: string, to: string, variant?: string) => Outcome;
  remove: (nodeIds: readonly string[], edgeIds: readonly string[]) => void;
  move: (positions: ReadonlyMap<string, Position>) => void;
  rename: (id: string, label: string) => void;
  setConfig: (
    id: string,
    key: string,
    value: ConfigValue,
  ) => { ok: true } | { ok: false; problems: FieldProblem[] };
  setTraffic: (
    id: string,
    patch: Partial<Traffic>,
  ) => { ok: true } | { ok: false; message: string };
  setEdgeVariant: (edgeId: string, variant: string) => void;
  setSettings: (patch: Partial<Settings>) => void;
  setMeta: (patch: { name?: string; description?: string }) => void;
  paste: (fragment: Fragment, offset: Position) => Outcome;
  /** Replaces the whole document (import, link, gallery); undoable like any edit. */
  replace: (scenario: Scenario) => void;
}

export const useDiagram = create<DiagramState>()(
  temporal(
    (set, get) => ({
      scenario: emptyScenario(),
      addNode: (kind, position) => {
        const result = addNode(get().scenario, kind, position);
        if (!result.ok) return result;
        set({ scenario: result.scenario });
        return { ok: true, id: result.id };
      },
      connect: (from, to, variant) => {
        const result = connect(get().scenario, from, to, variant);
        if (!result.ok) return result;
        set({ scenario: result.scenario });
        return { ok: true, id: result.id };
      },
      remove: (nodeIds, edgeIds) => {
        if (nodeIds.length === 0 && edgeIds.length === 0) return;
        set({ scenario: removeElements(get().scenario, nodeIds, edgeIds) });
      },
      move: (positions) => set({ scenario: moveNodes(get().scenario, positions) }),
      rename: (id, label) => set({ scenario: renameNode(get().scenario, id, label) }),
      setConfig: (id, key, value) => {
        const result = setConfigValue(get().scenario, id, key, value);
        if (!result.ok) return result;
        set({ scenario: result.scenario });
        return { ok: true };
      },
      setTraffic: (id, patch) => {
        const result = setTraffic(get().scenario, id, patch);
        if (!result.ok) return result;
        set({ scenario: result.scenario });
        return { ok: true };
      },
      setEdgeVariant: (edgeId, variant) =>
        set({ scenario: setEdgeVariant(get().scenario, edgeId, variant) }),
      setSettings: (patch) =>
        set({
          scenario: { ...get().scenario, settings: { ...get().scenario.settings, ...patch } },
        }),
      setMeta: (patch) => set({ scenario: { ...get().scenario, ...patch } }),
      paste: (fragment, offset) => {
        const result = pasteFragment(get().scenario, fragment, offset);
        if (!result.ok) return result;
        set({ scenario: result.scenario });
        return { ok: true, ids: result.ids };
      },
      replace: (scenario) => set({ scenario }),
    }),
    {
      partialize: (state) => ({ scenario: state.scenario }),
      // Identical documents (e.g. a rename to the same text) make no history entry.
      equality: (a, b) => a.scenario === b.scenario,
      limit: 200,
    },
  ),
);

export const undo = () => useDiagram.temporal.getState().undo();
export const redo = () => useDiagram.temporal.getState().redo();
/** Loading a document at start-up is not an edit the user could want to undo. */
export const clearHistory = () => useDiagram.temporal.getState().clear();
