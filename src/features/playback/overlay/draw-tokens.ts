/**
 * Canvas drawing of tokens. Tokens of one look are gathered first and drawn as one path with
 * one fill or stroke: a few state changes per frame instead of one per token, which is what
 * keeps hundreds of tokens cheap.
 */
import type { Shape } from './token-style.ts';

/** Positions of the tokens of one look in this frame; reused from frame to frame. */
export class PointBatch {
  xs = new Float32Array(256);
  ys = new Float32Array(256);
  count = 0;

  push(x: number, y: number): void {
    if (this.count === this.xs.length) {
      const xs = new Float32Array(this.count * 2);
      const ys = new Float32Array(this.count * 2);
      xs.set(this.xs);
      ys.set(this.ys);
      this.xs = xs;
      this.ys = ys;
    }
    this.xs[this.count] = x;
    this.ys[this.count] = y;
    this.count++;
  }
}

function circles(ctx: CanvasRenderingContext2D, batch: PointBatch, r: number): void {
  for (let i = 0; i < batch.count; i++) {
    const x = batch.xs[i] as number;
    const y = batch.ys[i] as number;
    ctx.moveTo(x + r, y);
    ctx.arc(x, y, r, 0, Math.PI * 2);
  }
}

/** Draws every point of `batch` as `shape`, `r` being the token radius in flow units. */
export function drawBatch(
  ctx: CanvasRenderingContext2D,
  batch: PointBatch,
  shape: Shape,
  color: string,
  r: number,
): void {
  if (batch.count === 0) return;
  ctx.beginPath();
  ctx.fillStyle = color;
  ctx.strokeStyle = color;
  switch (shape) {
    case 'dot':
      circles(ctx, batch, r * 0.6);
      ctx.fill();
      break;
    case 'disc':
      circles(ctx, batch, r);
      ctx.fill();
      break;
    case 'ring':
      circles(ctx, batch, r * 0.85);
      ctx.lineWidth = r * 0.5;
      ctx.stroke();
      break;
    case 'square':
      for (let i = 0; i < batch.count; i++) {
        ctx.rect(
          (batch.xs[i] as number) - r * 0.8,
          (batch.ys[i] as number) - r * 0.8,
          r * 1.6,
          r * 1.6,
        );
      }
      ctx.fill();
      break;
    case 'cross':
      for (let i = 0; i < batch.count; i++) {
        const x = batch.xs[i] as number;
        const y = batch.ys[i] as number;
        ctx.moveTo(x - r, y - r);
        ctx.lineTo(x + r, y + r);
        ctx.moveTo(x + r, y - r);
        ctx.lineTo(x - r, y + r);
      }
      ctx.lineWidth = r * 0.55;
      ctx.lineCap = 'round';
      ctx.stroke();
      break;
  }
}

/** The dashed outline around retried tokens. */
export function drawRetryOutlines(
  ctx: CanvasRenderingContext2D,
  batch: PointBatch,
  color: string,
  r: number,
): void {
  if (batch.count === 0) return;
  ctx.beginPath();
  circles(ctx, batch, r * 1.75);
  ctx.strokeStyle = color;
  ctx.lineWidth = r * 0.35;
  ctx.setLineDash([r * 0.7, r * 0.55]);
  ctx.stroke();
  ctx.setLineDash([]);
}

/** A second outline around batch tokens (several messages travelling together). */
export function drawBatchOutlines(
  ctx: CanvasRenderingContext2D,
  batch: PointBatch,
  color: string,
  r: number,
): void {
  if (batch.count === 0) return;
  ctx.beginPath();
  circles(ctx, batch, r * 1.35);
  ctx.strokeStyle = color;
  ctx.lineWidth = r * 0.25;
  ctx.stroke();
}
