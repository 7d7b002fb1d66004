/**
 * Everything the playback needs about one run, built once when the run is made: the engine's
 * result (metrics and trace) and the indexes that answer "what is true at time T" in
 * O(log n). Pure and DOM-free; built on the page from the worker's result, in steps.
 */
import { findVariant, getKind, isKindId } from '../../../domain/catalog/index.ts';
import type { Scenario } from '../../../domain/diagram/index.ts';
import type { SimResult, Trace } from '../../../domain/sim/index.ts';
import { buildEdgeDensity, type EdgeDensity } from './edge-density.ts';
import { buildLatencyTimeline, type LatencyTimeline } from './latency.ts';
import { buildNarration, describe, type Narration, type NarrationContext } from './narration.ts';
import { buildNodeTimelines, type NodeTimeline } from './node-timeline.ts';
import { buildRequestTimeline, type RequestTimeline } from './requests.ts';
import { buildTokenIndex, type TokenIndex } from './token-index.ts';

export interface EdgeEnds {
  from: number;
  to: number;
  /** The edge carries dead letters (a dead-letter queue or an on-failure destination). */
  deadLetter: boolean;
}

const DEAD_LETTER_VARIANTS = new Set(['dlq', 'on-failure']);

export interface PlaybackRun {
  /** The scenario as simulated (after parsing), a snapshot: later edits do not change it. */
  scenario: Scenario;
  result: SimResult;
  trace: Trace;
  durationMs: number;
  /** Node indices at both ends of each trace edge. */
  edgeEnds: EdgeEnds[];
  tokens: TokenIndex;
  density: EdgeDensity;
  nodes: NodeTimeline[];
  requests: RequestTimeline;
  latency: LatencyTimeline;
  narration: Narration;
  context: NarrationContext;
  /**
   * The sentence for happening `i` (narration.ts's `describe` on this run). Carried by the run
   * so that the caption, which is on screen from the start, does not load the narration's words
   * before there is a run to tell about.
   */
  describe: (ctx: NarrationContext, i: number) => string;
}

/**
 * Builds the run's indexes one after the other, calling `pause()` between them (to let the
 * page breathe); resolves to null when `pause()` answers true (the run was cancelled).
 */
export async function buildPlaybackRunInSteps(
  scenario: Scenario,
  result: SimResult,
  pause: () => Promise<boolean>,
): Promise<PlaybackRun | null> {
  const steps = playbackSteps(scenario, result);
  let step = steps.next();
  while (!step.done) {
    if (await pause()) return null;
    step = steps.next();
  }
  return step.value;
}

/** The same, all at once (tests, Node). */
export function buildPlaybackRun(scenario: Scenario, result: SimResult): PlaybackRun {
  const steps = playbackSteps(scenario, result);
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

/** The build as a generator: each `yield` is a point where the page may take a turn. */
function* playbackSteps(scenario: Scenario, result: SimResult): Generator<void, PlaybackRun> {
  const trace = result.trace;
  if (!trace) throw new Error('The run has no trace: simulate with { trace: true }.');
  const nodeIndex = new Map(trace.nodeIds.map((id, i) => [id, i]));
  const edgesById = new Map(scenario.edges.map((e) => [e.id, e]));
  const nodesById = new Map(scenario.nodes.map((n) => [n.id, n]));
  const kindOf = (id: string) => nodesById.get(id)?.kind;
  const edgeEnds = trace.edgeIds.map((id): EdgeEnds => {
    const edge = edgesById.get(id);
    const from = edge && kindOf(edge.from);
    const to = edge && kindOf(edge.to);
    const variant = from && to ? findVariant(from, to, edge.variant) : undefined;
    return {
      from: nodeIndex.get(edge?.from ?? '') ?? -1,
      to: nodeIndex.get(edge?.to ?? '') ?? -1,
      deadLetter: DEAD_LETTER_VARIANTS.has(variant?.id ?? ''),
    };
  });
  const kinds = trace.nodeIds.map((id) => nodesById.get(id)?.kind ?? '');
  const sources = kinds.map((k) => isKindId(k) && getKind(k).group === 'event');
  const limits = new Map(result.functions.map((f) => [f.nodeId, f.concurrencyLimit]));
  // A container service's limit is its maximum tasks.
  for (const n of scenario.nodes)
    if (n.kind === 'fargate' && typeof n.config.maxTasks === 'number')
      limits.set(n.id, n.config.maxTasks);
  // How each node is called, when all its (non dead-letter) callers agree.
  const models = trace.nodeIds.map(() => new Set<string>());
  trace.edgeIds.forEach((id, e) => {
    const edge = edgesById.get(id);
    const ends = edgeEnds[e];
    if (!edge || !ends || ends.deadLetter) return;
    const from = kindOf(edge.from);
    const to = kindOf(edge.to);
    const variant = from && to ? findVariant(from, to, edge.variant) : undefined;
    if (variant) models[ends.to]?.add(variant.model);
  });
  const tokens = buildTokenIndex(trace.tokens);
  const density = buildEdgeDensity(trace.tokens, trace.edgeIds.length, result.durationMs);
  yield;
  const nodes = buildNodeTimelines(trace, edgeEnds);
  yield;
  const requests = buildRequestTimeline(trace, edgeEnds, sources);
  yield;
  const series = result.series;
  const latency = buildLatencyTimeline(
    requests.answeredAt,
    requests.latencyMs,
    series.start.length,
    series.bucketMs,
  );
  const narration = buildNarration(trace);
  return {
    scenario,
    result,
    trace,
    durationMs: result.durationMs,
    edgeEnds,
    tokens,
    density,
    nodes,
    requests,
    latency,
    narration,
    describe: (ctx, i) => describe(trace, narration, ctx, i),
    context: {
      labels: trace.nodeIds.map((id) => nodesById.get(id)?.label ?? id),
      kinds,
      limits: trace.nodeIds.map((id) => limits.get(id)),
      invokedBy: models.map((m) => (m.size === 1 ? [...m][0] : undefined)),
      keepAliveSec: scenario.settings.keepAliveSec,
    },
  };
}
