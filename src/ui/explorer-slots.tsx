/**
 * The places in the Explorer that other features fill: the editor draws the diagram and leaves
 * room for playback's token layer and panel, a node's live badges, a source's experiments and
 * the example gallery. The app puts them together (src/app/explorer-slots.tsx), so features do
 * not import each other, and each part can load when it is first needed. An empty slot renders
 * nothing (a component test of the editor needs no playback).
 */
import { createContext, useContext, useMemo, type ComponentType, type ReactNode } from 'react';

export interface ExplorerSlots {
  /** Drawn inside the canvas (a child of React Flow): playback's tokens and their legend. */
  CanvasOverlay: ComponentType;
  /** Under the canvas, sharing its React Flow instance: the playback panel. */
  BelowCanvas: ComponentType;
  /** At the foot of each node card: live counters. */
  NodeExtras: ComponentType<{ nodeId: string; kind: string }>;
  /** At the end of an event source's traffic form: one-click experiments. */
  SourceExtras: ComponentType<{ sourceId: string }>;
  /** The example gallery dialog (opened at once on a first visit). */
  Gallery: ComponentType<{ open: boolean; welcome: boolean; onClose: () => void }>;
}

const Nothing = () => null;
const EMPTY: ExplorerSlots = {
  CanvasOverlay: Nothing,
  BelowCanvas: Nothing,
  NodeExtras: Nothing,
  SourceExtras: Nothing,
  Gallery: Nothing,
};

const SlotsContext = createContext<ExplorerSlots>(EMPTY);

export function ExplorerSlotsProvider({
  slots,
  children,
}: {
  slots: Partial<ExplorerSlots>;
  children: ReactNode;
}) {
  const value = useMemo(() => ({ ...EMPTY, ...slots }), [slots]);
  return <SlotsContext.Provider value={value}>{children}</SlotsContext.Provider>;
}

/** The component filling slot `name` (renders nothing when the app left it empty). */
export function useExplorerSlot<K extends keyof ExplorerSlots>(name: K): ExplorerSlots[K] {
  return useContext(SlotsContext)[name];
}
