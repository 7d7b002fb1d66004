/**
 * Same scenario + same seed = same run. gallery-metrics.json holds, for every gallery
 * scenario as it was when frozen, the numbers its run gave then (scripts/freeze-corpus.ts).
 * A change that moves them on purpose (a deeper model) updates the file and says why in its
 * commit; a refactor never does.
 */
import { readFileSync } from 'node:fs';
import type { Scenario } from '../diagram/index.ts';
import { simulate } from '../sim/index.ts';
import { frozenMetrics } from './frozen-metrics.ts';

type Frozen = { id: string; scenario: Scenario } & ReturnType<typeof frozenMetrics>;
const frozen = JSON.parse(
  readFileSync(new URL('gallery-metrics.json', import.meta.url), 'utf8'),
) as Frozen[];

describe('gallery metrics, frozen', () => {
  it('covers the gallery', () => {
    expect(frozen.length).toBeGreaterThanOrEqual(8);
  });

  it.each(frozen.map((f) => [f.id, f] as const))(
    '%s gives the same numbers',
    (_id, f) => {
      const { id: _ignored, scenario, ...expected } = f;
      expect(frozenMetrics(simulate(scenario, { trace: true }))).toEqual(expected);
    },
    60_000,
  ); // whole runs with their trace, on a machine that may be shared
});
