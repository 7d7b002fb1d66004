/**
 * Which edits change a run. Moving a node, renaming it or changing the playback speed does not
 * touch the simulation; pricing switches change the bill but not what happens (the same seed
 * gives the same trace); anything else means a new run.
 */
import type { Scenario } from '../../../domain/diagram/index.ts';

/** Equal for two scenarios whose runs have the same trace. */
export function traceKey(scenario: Scenario): string {
  const { seed, durationSec, keepAliveSec, accountConcurrency, region } = scenario.settings;
  return JSON.stringify({
    nodes: scenario.nodes.map((n) => [n.id, n.kind, n.config]),
    edges: scenario.edges.map((e) => [e.id, e.from, e.to, e.variant ?? '']),
    traffic: scenario.traffic,
    settings: [seed, durationSec, keepAliveSec, accountConcurrency, region],
  });
}

/** Equal for two scenarios whose runs have the same trace and the same bill. */
export function runKey(scenario: Scenario): string {
  const { freeTier, initBilling, billingGranularityMs } = scenario.settings;
  return `${traceKey(scenario)}|${freeTier}|${initBilling}|${billingGranularityMs}`;
}

/** A different document altogether (opened from the gallery, a link, "New"), not an edit. */
export function isOtherDocument(before: Scenario, after: Scenario): boolean {
  if (before.name !== after.name) return true;
  const ids = new Set(before.nodes.map((n) => n.id));
  return after.nodes.length > 0 && !after.nodes.some((n) => ids.has(n.id));
}
