/** A real run of a gallery scenario, with its playback indexes, for tests (cached per id). */
import { findExample } from '../../../../content/examples/index.ts';
import { parseScenario, type Scenario } from '../../../domain/diagram/index.ts';
import { simulate } from '../../../domain/sim/index.ts';
import { buildPlaybackRun, type PlaybackRun } from '../timeline/playback-run.ts';

const cache = new Map<string, PlaybackRun>();

export function galleryScenario(id: string, edit?: (s: Scenario) => void): Scenario {
  const example = findExample(id);
  if (!example) throw new Error(`no example ${id}`);
  const doc = structuredClone(example.scenario);
  edit?.(doc);
  const parsed = parseScenario(doc);
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return parsed.scenario;
}

export function galleryRun(id: string, edit?: (s: Scenario) => void): PlaybackRun {
  const key = edit ? `${id}:${edit.toString()}` : id;
  const cached = cache.get(key);
  if (cached) return cached;
  const scenario = galleryScenario(id, edit);
  const run = buildPlaybackRun(scenario, simulate(scenario, { trace: true }));
  cache.set(key, run);
  return run;
}
