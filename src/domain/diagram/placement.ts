/**
 * Where a new node goes on the canvas. A node that lands on another hides its handles: the
 * learner then drags from one node onto itself and the connection is refused. So a new node is
 * kept clear of the others, moved as little as the room around it allows.
 */
import type { Position } from './edit.ts';

/** The canvas draws nodes 200 px wide and about 76 px high (ServiceNode). */
export const NODE_WIDTH = 200;
export const NODE_HEIGHT = 80;

/** Room left between neighbours side by side: enough to see and grab a handle. */
const SIDE_GAP = 24;

function overlaps(a: Position, b: Position): boolean {
  return Math.abs(a.x - b.x) < NODE_WIDTH + SIDE_GAP && Math.abs(a.y - b.y) < NODE_HEIGHT;
}

/**
 * The spot of a dropped node, moved sideways past any node it would overlap. It keeps moving
 * the way the first overlap sent it (right when dropped on a node's right half), so it never
 * comes back to a node it has passed and stops after at most one step per node.
 */
export function clearOfOthers(drop: Position, others: readonly { position: Position }[]): Position {
  const spot = { x: Math.round(drop.x), y: Math.round(drop.y) };
  let direction = 0;
  for (let step = 0; step <= others.length; step++) {
    const hit = others.find((n) => overlaps(spot, n.position));
    if (!hit) return spot;
    if (direction === 0) direction = spot.x >= hit.position.x ? 1 : -1;
    spot.x = hit.position.x + direction * (NODE_WIDTH + SIDE_GAP);
  }
  return spot;
}

/** A node added without a drop (keyboard, click): the nearest free cell of a coarse grid. */
export function freeSpotNear(start: Position, others: readonly { position: Position }[]): Position {
  const taken = (p: Position) =>
    others.some(
      (n) =>
        Math.abs(n.position.x - p.x) < NODE_WIDTH + 20 &&
        Math.abs(n.position.y - p.y) < NODE_HEIGHT + 10,
    );
  for (let ring = 0; ring < 12; ring++) {
    for (const [dx, dy] of [
      [0, ring],
      [ring, 0],
      [ring, ring],
      [0, -ring],
      [-ring, 0],
    ] as const) {
      const p = { x: start.x + dx * (NODE_WIDTH + 40), y: start.y + dy * (NODE_HEIGHT + 30) };
      if (!taken(p)) return p;
    }
  }
  return start;
}
