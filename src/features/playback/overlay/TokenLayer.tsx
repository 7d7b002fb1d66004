/**
 * The one overlay the tokens are drawn into: a <canvas> over the React Flow pane, following
 * its viewport transform. It is drawn by the playback loop's single requestAnimationFrame —
 * no React state changes per frame. Mount it as a child of <ReactFlow>. With reduced motion
 * it draws nothing (the text log tells the same story). Its legend is mounted
 * apart (LazyTokenLayer.tsx): it is on screen before the first run.
 */
import { useEffect, useRef } from 'react';
import { useStoreApi } from '@xyflow/react';
import { useNotices } from '../../../store/notices-store.ts';
import { usePlayback } from '../../../store/playback-store.ts';
import { addDrawer, requestFrame } from '../loop/playback-loop.ts';
import { useReducedMotion } from '../loop/reduced-motion.ts';
import { useRun } from '../run/run-store.ts';
import type { EdgeCurve } from './edge-curve.ts';
import { buildEdgeCurves } from './edge-geometry.ts';
import { frameStats, renderFrame } from './render-frame.ts';

/** A token stays on screen for at least this long (wall clock), whatever the speed. */
export const VISIBLE_WALL_MS = 450;
/** How often the canvas's `data-tokens` (what the last frame drew) is refreshed, wall ms. */
const PUBLISH_MS = 100;

/** Shows what the frame drew on the canvas, for the frame-rate measurement; at most 10×/s. */
function publishStats(canvas: HTMLCanvasElement) {
  canvas.dataset.tokens = String(frameStats.tokens);
  canvas.dataset.aggregate = String(frameStats.aggregate);
}

export function TokenLayer() {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const flow = useStoreApi();
  const reduced = useReducedMotion();

  useEffect(() => {
    const canvas = canvasRef.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return;
    let curves: (EdgeCurve | undefined)[] | null = null;
    let curvesFor: unknown = null;
    let aggregate = false;
    let noticedRun = -1;
    let dpr = 1;
    let publishedAt = -Infinity;

    const resize = () => {
      dpr = window.devicePixelRatio || 1;
      canvas.width = Math.round(canvas.clientWidth * dpr);
      canvas.height = Math.round(canvas.clientHeight * dpr);
      requestFrame();
    };
    const observer = new ResizeObserver(resize);
    observer.observe(canvas);
    resize();

    // Pans, zooms and node moves change what is drawn even when time stands still.
    const unsubscribeFlow = flow.subscribe((s, prev) => {
      if (s.nodes !== prev.nodes || s.nodeLookup !== prev.nodeLookup) curves = null;
      if (s.transform !== prev.transform || curves === null) requestFrame();
    });
    const unsubscribeRun = useRun.subscribe(() => requestFrame());

    const draw = (timeMs: number) => {
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.clearRect(0, 0, canvas.width, canvas.height);
      const run = useRun.getState().run;
      if (!run || reduced) return;
      const state = flow.getState();
      if (curves === null || curvesFor !== run) {
        curves = buildEdgeCurves(run.trace.edgeIds, run.scenario, state.nodeLookup);
        curvesFor = run;
      }
      const [tx, ty, zoom] = state.transform;
      ctx.setTransform(dpr * zoom, 0, 0, dpr * zoom, dpr * tx, dpr * ty);
      const playback = usePlayback.getState();
      const nowAggregate = renderFrame({
        ctx,
        run,
        curves,
        timeMs,
        minMs: VISIBLE_WALL_MS * playback.speed,
        radius: Math.max(4.5, 3.5 / zoom),
        dark: document.documentElement.classList.contains('dark'),
        aggregate,
      });
      const now = performance.now();
      if (now - publishedAt >= PUBLISH_MS) {
        publishedAt = now;
        publishStats(canvas);
      }
      if (nowAggregate !== aggregate) {
        aggregate = nowAggregate;
        playback.set({ aggregate });
        if (aggregate && noticedRun !== playback.runSeq) {
          noticedRun = playback.runSeq;
          useNotices
            .getState()
            .notify(
              'info',
              'Too many requests to draw one by one: each connection now shows how many are on it. Slow down to see single requests again.',
            );
        }
      }
    };
    const removeDrawer = addDrawer(draw);
    return () => {
      removeDrawer();
      observer.disconnect();
      unsubscribeFlow();
      unsubscribeRun();
    };
  }, [flow, reduced]);

  return (
    <canvas
      ref={canvasRef}
      aria-hidden="true"
      data-testid="token-layer"
      className="pointer-events-none absolute inset-0 z-[4] h-full w-full"
    />
  );
}
