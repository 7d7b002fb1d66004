/**
 * Node labels stay readable when the diagram is fitted into a small canvas: below a zoom where
 * the card's 14 px name would read under 12 px on screen, the card is drawn simplified (name and
 * icon only) with its name in a larger font. Zooms are grouped into steps, so cards change (and
 * React Flow re-measures them) only when a step is crossed, not on every wheel tick.
 */

/** The smallest size, in screen pixels, a node's name should read at. */
export const MIN_SCREEN_PX = 12;
/** The card's normal name size (text-sm). */
const NORMAL_PX = 14;
/** Zoom steps, high to low; below the last one the largest font is kept. */
const STEPS = [0.75, 0.62, 0.52, 0.44, 0.38, 0.33, 0.29, 0.25];

/** A projector wants more: presenter mode asks for names of at least this size on screen. */
export const PRESENTER_SCREEN_PX = 18;

/**
 * The name's font size (px) for the card at this zoom, so that it reads at `minScreenPx` or
 * more on screen; null: the normal card reads fine.
 */
export function labelPx(zoom: number, minScreenPx = MIN_SCREEN_PX): number | null {
  if (zoom * NORMAL_PX >= minScreenPx + 0.5) return null;
  const step = STEPS.find((s) => zoom >= s) ?? 0.25;
  return Math.ceil((minScreenPx + 0.5) / step);
}

/** Zoomed this far out the icon is a speck: the card gives its room to the name. */
export function showIcon(zoom: number): boolean {
  return zoom >= 0.44;
}
