/**
 * The playback area under the canvas: transport and caption (always visible; the legend is on
 * the canvas, next to the tokens), and a
 * collapsible panel with metrics, cost, comparison and the log. Mounting it starts the
 * playback machinery: the animation loop, the edit watcher and the node counters.
 */
import { lazy, Suspense, useEffect, useRef, type RefObject } from 'react';
import { useEditorUi } from '../../../store/editor-ui-store.ts';
import { useDiagram } from '../../../store/diagram-store.ts';
import { clampSpeed, usePlayback } from '../../../store/playback-store.ts';
import { publishNodeLive } from '../badges/node-live.ts';
import { Caption } from '../caption/Caption.tsx';
import { addPublisher, installLoop } from '../loop/playback-loop.ts';
import { useReducedMotion } from '../loop/reduced-motion.ts';
import { watchDiagram } from '../run/run-controller.ts';
import { useRun } from '../run/run-store.ts';
import { TransportBar } from '../transport/TransportBar.tsx';

const PanelTabs = lazy(() => import('./PanelTabs.tsx'));

/** Room for the legends over the canvas: connection styles at the top, tokens at the bottom. */
const FIT = { padding: { top: '76px', bottom: '60px', x: '8%' }, maxZoom: 1.2 } as const;

/** Keep the canvas roomy on short screens: the details start closed there. */
let firstMount = true;

/**
 * The panel takes its height from the canvas (when it loads, when details open or close):
 * fit the diagram into what is left, as the canvas did when it first appeared; and again
 * when a document's first run gives its nodes their badges.
 */
export function useRefitOnResize(panel: RefObject<HTMLElement | null>) {
  // The canvas's React Flow instance, once it is live (a picture has nothing to fit).
  const flow = useEditorUi((s) => s.flow);
  useEffect(() => {
    const el = panel.current;
    if (!el) return;
    let height = -1;
    let frame = 0;
    // A learner building on an empty canvas places each node where they drop it: no fit moves
    // them (React Flow would even queue a fit asked of the empty canvas and apply it to the first
    // drop, and the next drop would land on top of it). A document that arrives whole (gallery,
    // import, undo of New) is fitted again.
    let building = useDiagram.getState().scenario.nodes.length === 0;
    const unsubscribeDiagram = useDiagram.subscribe((s, prev) => {
      const n = s.scenario.nodes.length;
      if (n === 0) building = true;
      else if (n - prev.scenario.nodes.length > 1) building = false;
    });
    const fit = () => {
      if (!building) void flow?.fitView(FIT);
    };
    const observer = new ResizeObserver(() => {
      if (el.offsetHeight === height) return;
      height = el.offsetHeight;
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(fit);
    });
    observer.observe(el);
    // The first run adds badges to the nodes, making them taller: fit once more.
    const unsubscribe = useRun.subscribe((s, prev) => {
      if (!s.run || prev.run) return;
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        frame = requestAnimationFrame(fit);
      });
    });
    return () => {
      observer.disconnect();
      unsubscribe();
      unsubscribeDiagram();
      cancelAnimationFrame(frame);
    };
  }, [flow, panel]);
}

/** On the first mount of a visit, short screens start with the details closed. */
export function closeDetailsOnShortScreens() {
  if (firstMount && window.innerHeight < 820) usePlayback.getState().set({ panelOpen: false });
  firstMount = false;
}

export function usePlaybackMachinery() {
  useEffect(closeDetailsOnShortScreens, []);
  useEffect(() => {
    if (usePlayback.getState().status === 'empty') {
      usePlayback
        .getState()
        .set({ speed: clampSpeed(useDiagram.getState().scenario.settings.speed) });
    }
    const stopLoop = installLoop();
    const stopWatching = watchDiagram();
    const stopPublishing = addPublisher(publishNodeLive);
    return () => {
      stopPublishing();
      stopWatching();
      stopLoop();
    };
  }, []);
}

export function PlaybackPanel() {
  usePlaybackMachinery();
  const panel = useRef<HTMLElement>(null);
  useRefitOnResize(panel);
  const open = usePlayback((s) => s.panelOpen);
  const reduced = useReducedMotion();
  return (
    <section
      ref={panel}
      aria-label="Playback"
      className="@container flex min-h-0 flex-col border-t border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-950"
    >
      <TransportBar>
        <button
          type="button"
          aria-expanded={open}
          aria-controls="playback-details"
          onClick={() => usePlayback.getState().set({ panelOpen: !open })}
          className="ml-auto rounded px-1.5 py-1 text-xs font-medium text-slate-700 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800"
        >
          {open ? 'Hide details' : 'Show details'}
        </button>
      </TransportBar>
      <div className="border-t border-slate-100 px-2 py-1 dark:border-slate-900">
        <Caption />
      </div>
      {reduced && (
        <p className="px-2 pb-1 text-[11px] text-slate-600 dark:text-slate-400">
          Reduced motion is on: requests do not travel across the canvas; the log below lists what
          happens, and the node counters change in steps.
        </p>
      )}
      {open && (
        <div
          id="playback-details"
          className="h-40 min-h-0 border-t [@media(min-height:820px)]:h-48 border-slate-200 dark:border-slate-800"
        >
          <Suspense fallback={<p className="p-2 text-xs text-slate-500">Loading…</p>}>
            <PanelTabs initial={reduced ? 'log' : 'metrics'} />
          </Suspense>
        </div>
      )}
    </section>
  );
}
