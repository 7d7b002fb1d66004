/**
 * Writes src/domain/corpus/gallery-metrics.json alone, for a change that moves the model on
 * purpose (say why in the commit). Links, files and autosaves stay frozen: never rewrite them.
 * Run by hand: `npx tsx scripts/refreeze-gallery-metrics.ts`.
 */
import { writeFileSync } from 'node:fs';
import { GALLERY } from '../content/examples/index.ts';
import { simulate } from '../src/domain/sim/index.ts';
import { frozenMetrics } from '../src/domain/corpus/frozen-metrics.ts';

const metrics = GALLERY.map((g) => ({
  id: g.id,
  scenario: g.scenario,
  ...frozenMetrics(simulate(g.scenario, { trace: true })),
}));
writeFileSync(
  new URL('../src/domain/corpus/gallery-metrics.json', import.meta.url),
  `${JSON.stringify(metrics, null, 1)}\n`,
);
console.log(`${metrics.length} runs`);
