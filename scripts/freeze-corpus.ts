/**
 * Writes the frozen corpus in src/domain/corpus/: share links, exported files and autosaved
 * text made by the code of the day, each with the scenario it must open to, and the metrics
 * every gallery scenario gives with its own seed.
 *
 * Run by hand only (`npx tsx scripts/freeze-corpus.ts`), never by tests: the corpus is what
 * links made in the past look like, so regenerating it with newer code would prove nothing.
 * Add new entries beside the old ones; never rewrite the old ones.
 */
import { writeFileSync } from 'node:fs';
import fc from 'fast-check';
import { isDeepStrictEqual } from 'node:util';
import { GALLERY } from '../content/examples/index.ts';
import { arbitraryScenario } from '../src/domain/diagram/test-support/arbitrary-scenario.ts';
import { parseScenario, type Scenario } from '../src/domain/diagram/index.ts';
import {
  decodeScenarioFragment,
  encodeScenarioToFragment,
} from '../src/domain/share/link-codec.ts';
import { roundCoordinate } from '../src/domain/share/pack.ts';
import { parseScenarioJson, scenarioToJson } from '../src/domain/share/json-file.ts';
import { readSaved, serializeSaved } from '../src/domain/share/saved-state.ts';
import { simulate } from '../src/domain/sim/index.ts';
import { frozenMetrics } from '../src/domain/corpus/frozen-metrics.ts';

const SEED = 11;
const GENERATED = 60;
const out = new URL('../src/domain/corpus/', import.meta.url);

const generated = fc.sample(arbitraryScenario({ maxNodes: 10, maxTextLength: 60 }), {
  seed: SEED,
  numRuns: GENERATED,
});
const sources: { origin: string; scenario: Scenario }[] = [
  ...GALLERY.map((g) => ({ origin: `gallery:${g.id}`, scenario: g.scenario })),
  ...generated.map((scenario, i) => ({ origin: `arbitrary(seed ${SEED})#${i}`, scenario })),
];

const links = sources.map(({ origin, scenario }) => {
  const parsed = parseScenario(scenario);
  if (!parsed.ok) throw new Error(`${origin} does not parse`);
  const link = encodeScenarioToFragment(scenario);
  const file = scenarioToJson(scenario);
  const decoded = decodeScenarioFragment(link);
  const imported = parseScenarioJson(file);
  // Links carry positions in whole pixels (share/pack.ts); everything else is exact.
  const linked = {
    ...parsed.scenario,
    nodes: parsed.scenario.nodes.map((n) => ({
      ...n,
      position: { x: roundCoordinate(n.position.x), y: roundCoordinate(n.position.y) },
    })),
  };
  if (!decoded.ok || !isDeepStrictEqual(decoded.scenario, linked))
    throw new Error(`${origin}: the link does not open to its scenario`);
  if (!imported.ok || !isDeepStrictEqual(imported.scenario, parsed.scenario))
    throw new Error(`${origin}: the file does not open to its scenario`);
  return { origin, link, linkOpensTo: linked, file, fileOpensTo: parsed.scenario };
});

const saved = sources.slice(0, GALLERY.length + 5).map(({ origin, scenario }) => {
  const text = serializeSaved(scenario);
  const read = readSaved(text);
  if (read.status !== 'ok') throw new Error(`${origin}: saved text does not read back`);
  return { origin, saved: text, opensTo: read.scenario };
});

const metrics = GALLERY.map((g) => ({
  id: g.id,
  scenario: g.scenario,
  ...frozenMetrics(simulate(g.scenario, { trace: true })),
}));

const write = (name: string, value: unknown) =>
  writeFileSync(new URL(name, out), `${JSON.stringify(value, null, 1)}\n`);
write('links.json', links);
write('saved-state.json', saved);
write('gallery-metrics.json', metrics);
console.log(`${links.length} links and files, ${saved.length} saved texts, ${metrics.length} runs`);
