/**
 * One frame of the overlay: the tokens in flight at time T, or — when there are more than a
 * frame can draw one by one — each edge's traffic as a density (aggregate mode).
 */
import { TOKEN_CLASS, TOKEN_FLAG } from '../../../domain/sim/trace.ts'; // not index.ts: that would bring the engine into the first load
import { departuresIn, estimateInFlight } from '../timeline/edge-density.ts';
import { formatCount } from '../timeline/format.ts';
import type { PlaybackRun } from '../timeline/playback-run.ts';
import { forEachInFlight } from '../timeline/token-index.ts';
import { drawBatch, drawBatchOutlines, drawRetryOutlines, PointBatch } from './draw-tokens.ts';
import { pointAt, type EdgeCurve, type Point } from './edge-curve.ts';
import { COLOR, LOOK } from './token-style.ts';

/** Above this many tokens on screen, switch to the density; below the lower mark, back. */
export const AGGREGATE_ABOVE = 2000;
export const TOKENS_BELOW = 1400;
/** Never draw more single tokens than this in one frame. */
const MAX_TOKENS = 3000;

const batches = new Map<number, PointBatch>(
  Object.keys(LOOK).map((cls) => [Number(cls), new PointBatch()]),
);
const retries = new PointBatch();
const multiples = new PointBatch();
const at: Point = { x: 0, y: 0 };

export interface Frame {
  ctx: CanvasRenderingContext2D;
  run: PlaybackRun;
  curves: readonly (EdgeCurve | undefined)[];
  timeMs: number;
  /** Shortest time a token is drawn for (ms of simulated time). */
  minMs: number;
  /** Token radius in flow units. */
  radius: number;
  dark: boolean;
  /** Whether the previous frame was aggregate (for hysteresis). */
  aggregate: boolean;
}

/**
 * What the last frame drew; updated in place, so it costs nothing per frame. The token layer
 * publishes it on its canvas (`data-tokens`, ≤ 10×/s) for scripts/perf-playback.ts.
 */
export const frameStats = { frames: 0, tokens: 0, aggregate: false };

/** Draws the frame; returns whether it was drawn in aggregate mode. */
export function renderFrame(frame: Frame): boolean {
  const { run, timeMs, minMs } = frame;
  const estimate = estimateInFlight(run.density, timeMs, minMs);
  let aggregate = frame.aggregate ? estimate > TOKENS_BELOW : estimate > AGGREGATE_ABOVE;
  let tokens = 0;
  if (!aggregate) {
    tokens = drawTokens(frame);
    aggregate = tokens < 0;
  }
  if (aggregate) drawDensity(frame);
  frameStats.frames++;
  frameStats.tokens = aggregate ? Math.round(estimate) : tokens;
  frameStats.aggregate = aggregate;
  return aggregate;
}

/** Draws single tokens and returns how many; −1 when there were too many (draw the density). */
function drawTokens({ ctx, run, curves, timeMs, minMs, radius, dark }: Frame): number {
  for (const b of batches.values()) b.count = 0;
  retries.count = 0;
  multiples.count = 0;
  const tk = run.trace.tokens;
  const drawn = forEachInFlight(tk, run.tokens, timeMs, minMs, MAX_TOKENS + 1, (k, progress) => {
    const curve = curves[tk.edge[k] as number];
    if (!curve) return;
    const flags = tk.flags[k] as number;
    pointAt(curve, flags & TOKEN_FLAG.response ? 1 - progress : progress, at);
    (batches.get(tk.cls[k] as number) ?? (batches.get(TOKEN_CLASS.normal) as PointBatch)).push(
      at.x,
      at.y,
    );
    if (flags & TOKEN_FLAG.retry) retries.push(at.x, at.y);
    if ((tk.items[k] as number) > 1) multiples.push(at.x, at.y);
  });
  if (drawn > MAX_TOKENS) return -1;
  const other = dark ? COLOR.otherDark : COLOR.otherLight;
  drawBatchOutlines(ctx, multiples, other, radius);
  for (const [cls, batch] of batches) {
    const look = LOOK[cls];
    if (look)
      drawBatch(ctx, batch, look.shape, cls === TOKEN_CLASS.normal ? other : look.color, radius);
  }
  drawRetryOutlines(ctx, retries, COLOR.retry, radius);
  return drawn;
}

/** Each busy edge as a moving dashed band, thicker with traffic, with the number on it. */
function drawDensity({ ctx, run, curves, timeMs, minMs, radius, dark }: Frame): void {
  ctx.lineCap = 'round';
  curves.forEach((curve, e) => {
    if (!curve) return;
    const { all, bad } = departuresIn(run.density, e, timeMs, minMs);
    if (all < 0.5) return;
    ctx.beginPath();
    ctx.moveTo(curve.xs[0] as number, curve.ys[0] as number);
    for (let i = 1; i < curve.xs.length; i++)
      ctx.lineTo(curve.xs[i] as number, curve.ys[i] as number);
    // Grey like plain tokens (amber would claim warm starts); red when mostly refused or failed.
    ctx.strokeStyle = bad / all > 0.2 ? COLOR.fail : dark ? COLOR.otherDark : COLOR.otherLight;
    ctx.globalAlpha = 0.6;
    ctx.lineWidth = Math.min(radius * 3, radius * (0.6 + Math.log10(all)));
    ctx.setLineDash([radius * 0.8, radius * 1.6]);
    // The dashes move forward with simulated time, so the band still shows the direction.
    ctx.lineDashOffset = -((timeMs / Math.max(minMs, 1)) * radius * 4) % (radius * 2.4);
    ctx.stroke();
    ctx.setLineDash([]);
    ctx.globalAlpha = 1;
    pointAt(curve, 0.5, at);
    ctx.font = `600 ${radius * 2.2}px system-ui, sans-serif`;
    ctx.fillStyle = dark ? '#f8fafc' : '#0f172a';
    ctx.textAlign = 'center';
    ctx.fillText(`≈${formatCount(all)}`, at.x, at.y - radius * 2);
  });
}
