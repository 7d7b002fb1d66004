/**
 * Points along an edge, on the same curve React Flow draws: a cubic Bézier from the source
 * handle (right side) to the target handle (left side) with the control points of
 * `getBezierPath` (@xyflow/system: offset = half the horizontal distance, or
 * 0.25 × 25 × √distance when the target is behind the source). The curve is sampled once into
 * a small arc-length table, so a token at progress p moves at an even pace along it.
 */

export interface Point {
  x: number;
  y: number;
}

export interface EdgeCurve {
  xs: Float32Array;
  ys: Float32Array;
  /** Arc length from the start to each sample. */
  lengths: Float32Array;
  length: number;
}

const SAMPLES = 32;
const CURVATURE = 0.25;

function controlOffset(distance: number): number {
  return distance >= 0 ? 0.5 * distance : CURVATURE * 25 * Math.sqrt(-distance);
}

/**
 * Samples the curve from `source` (a right-side handle) to `target` (a left-side handle).
 *
 * @example const curve = sampleCurve({ x: 0, y: 0 }, { x: 200, y: 0 }); curve.length // → 200
 */
export function sampleCurve(source: Point, target: Point): EdgeCurve {
  const c1x = source.x + controlOffset(target.x - source.x);
  const c2x = target.x - controlOffset(target.x - source.x);
  const xs = new Float32Array(SAMPLES + 1);
  const ys = new Float32Array(SAMPLES + 1);
  const lengths = new Float32Array(SAMPLES + 1);
  for (let i = 0; i <= SAMPLES; i++) {
    const t = i / SAMPLES;
    const u = 1 - t;
    const a = u * u * u;
    const b = 3 * u * u * t;
    const c = 3 * u * t * t;
    const d = t * t * t;
    xs[i] = a * source.x + b * c1x + c * c2x + d * target.x;
    ys[i] = a * source.y + b * source.y + c * target.y + d * target.y;
    if (i > 0) {
      const dx = (xs[i] as number) - (xs[i - 1] as number);
      const dy = (ys[i] as number) - (ys[i - 1] as number);
      lengths[i] = (lengths[i - 1] as number) + Math.hypot(dx, dy);
    }
  }
  return { xs, ys, lengths, length: lengths[SAMPLES] as number };
}

/** The point at `progress` (0..1) of the curve's length; writes into `out` (no allocation per token). */
export function pointAt(curve: EdgeCurve, progress: number, out: Point): Point {
  const target = Math.min(1, Math.max(0, progress)) * curve.length;
  const { lengths, xs, ys } = curve;
  let lo = 0;
  let hi = lengths.length - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if ((lengths[mid] as number) < target) lo = mid;
    else hi = mid;
  }
  const l0 = lengths[lo] as number;
  const span = (lengths[hi] as number) - l0;
  const f = span > 0 ? (target - l0) / span : 0;
  out.x = (xs[lo] as number) + ((xs[hi] as number) - (xs[lo] as number)) * f;
  out.y = (ys[lo] as number) + ((ys[hi] as number) - (ys[lo] as number)) * f;
  return out;
}
