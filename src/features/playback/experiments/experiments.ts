/**
 * One-click experiments on an event source: each returns the edited scenario (applied as one
 * undoable edit) and a sentence saying what to watch. Pure: the inspector applies them.
 */
import { setConfigValue, setTraffic, type Scenario } from '../../../domain/diagram/index.ts';

export type ExperimentId = 'burst' | 'idle' | 'limit';
export type ExperimentResult =
  { ok: true; scenario: Scenario; message: string } | { ok: false; message: string };

export const EXPERIMENTS: readonly { id: ExperimentId; label: string; help: string }[] = [
  {
    id: 'burst',
    label: 'Burst ×10',
    help: 'Every minute, 6 s at ten times the rate: watch new environments start cold.',
  },
  {
    id: 'idle',
    label: 'Go idle for 15 min',
    help: 'About one request every 15 minutes, for 3 hours played at 100×: environments idle longer than the 10-minute keep-alive are reclaimed, so requests start cold.',
  },
  {
    id: 'limit',
    label: 'Hit the concurrency limit',
    help: 'Caps the functions behind this source at 2 concurrent executions and raises the rate: watch the throttles (HTTP 429).',
  },
];

/** Functions that requests from `sourceId` reach, following connections. */
export function functionsDownstream(scenario: Scenario, sourceId: string): string[] {
  const kinds = new Map(scenario.nodes.map((n) => [n.id, n.kind]));
  const seen = new Set([sourceId]);
  const queue = [sourceId];
  const found: string[] = [];
  while (queue.length > 0) {
    const id = queue.shift() as string;
    for (const edge of scenario.edges) {
      if (edge.from !== id || seen.has(edge.to)) continue;
      seen.add(edge.to);
      if (kinds.get(edge.to) === 'lambda') found.push(edge.to);
      else queue.push(edge.to);
    }
  }
  return found;
}

const labelOf = (s: Scenario, id: string) => s.nodes.find((n) => n.id === id)?.label ?? id;

function limitConcurrency(scenario: Scenario, sourceId: string): ExperimentResult {
  const functions = functionsDownstream(scenario, sourceId);
  if (functions.length === 0) {
    return { ok: false, message: 'This source reaches no function: connect it to one first.' };
  }
  let next = scenario;
  for (const id of functions) {
    // Provisioned concurrency cannot exceed reserved: lower it first.
    for (const [key, value] of [
      ['provisionedConcurrency', 0],
      ['reservedConcurrency', 2],
    ] as const) {
      const edit = setConfigValue(next, id, key, value);
      if (!edit.ok) return { ok: false, message: edit.problems[0]?.message ?? 'Not possible.' };
      next = edit.scenario;
    }
  }
  const rate = Math.max(100, (scenario.traffic[sourceId]?.ratePerSec ?? 0) * 5);
  const traffic = setTraffic(next, sourceId, { pattern: 'steady', ratePerSec: rate });
  if (!traffic.ok) return { ok: false, message: traffic.message };
  const names = functions.map((id) => labelOf(scenario, id)).join(', ');
  return {
    ok: true,
    scenario: traffic.scenario,
    message: `Experiment: ${names} limited to 2 concurrent executions, ${rate} requests/s. Press Play and watch the throttles (429).`,
  };
}

/** Applies experiment `id` to the event source `sourceId`. */
export function runExperiment(
  scenario: Scenario,
  sourceId: string,
  id: ExperimentId,
): ExperimentResult {
  if (id === 'limit') return limitConcurrency(scenario, sourceId);
  const name = labelOf(scenario, sourceId);
  if (id === 'burst') {
    const edit = setTraffic(scenario, sourceId, {
      pattern: 'burst',
      peakMultiplier: 10,
      periodSec: 60,
    });
    return edit.ok
      ? {
          ok: true,
          scenario: edit.scenario,
          message: `Experiment: ${name} bursts to ×10 every minute. Press Play and watch the cold starts during each burst.`,
        }
      : { ok: false, message: edit.message };
  }
  const edit = setTraffic(scenario, sourceId, { pattern: 'steady', ratePerSec: 1 / 900 });
  if (!edit.ok) return { ok: false, message: edit.message };
  const settings = {
    ...edit.scenario.settings,
    durationSec: Math.max(10_800, edit.scenario.settings.durationSec),
    speed: 100,
  };
  return {
    ok: true,
    scenario: { ...edit.scenario, settings },
    message: `Experiment: ${name} sends about one request every 15 minutes, for 3 hours, played at 100×. Gaps longer than the keep-alive mean cold starts.`,
  };
}
