/**
 * Checks on the shape of the diagram: which kinds of nodes are on the canvas and how they are
 * connected. Messages say what is still missing, in the palette's own names.
 */
import { defaultVariant, getKind, type KindId } from '../../../domain/catalog/index.ts';
import type { Scenario, ScenarioNode } from '../../../domain/diagram/index.ts';
import type {
  CheckResult,
  EdgeCheck,
  NodeCheck,
  PathCheck,
} from '../../../domain/lessons/check-schema.ts';

const label = (kind: KindId) => getKind(kind).label;
/** "There is no Amazon SQS node yet: add it from the palette." */
export const missingKind = (kind: KindId) =>
  `There is no ${label(kind)} node yet: add it from the palette.`;
const ofKind = (scenario: Scenario, kind: KindId) => scenario.nodes.filter((n) => n.kind === kind);

export function checkNode(scenario: Scenario, check: NodeCheck): CheckResult {
  const count = ofKind(scenario, check.kind).length;
  const min = check.min ?? 1;
  const name = label(check.kind);
  if (count < min) {
    const message =
      count === 0
        ? missingKind(check.kind)
        : `There ${count === 1 ? 'is 1' : `are ${count}`} ${name} on the canvas; add ${min - count} more.`;
    return { ok: false, message: check.hint ?? message };
  }
  if (check.max !== undefined && count > check.max) {
    const message = `There are ${count} ${name} nodes; keep ${check.max === 0 ? 'none' : `at most ${check.max}`}.`;
    return { ok: false, message: check.hint ?? message };
  }
  return { ok: true, message: `${name} is on the canvas.` };
}

/** Connections from a node of one kind to a node of the other (and of the variant, if given). */
function matchingEdges(scenario: Scenario, check: EdgeCheck) {
  const byId = new Map(scenario.nodes.map((n) => [n.id, n]));
  return scenario.edges.filter((e) => {
    const from = byId.get(e.from);
    const to = byId.get(e.to);
    if (from?.kind !== check.from || to?.kind !== check.to) return false;
    if (!check.variant) return true;
    // An edge without a variant stands for the pair's first (default) meaning.
    return (e.variant ?? defaultVariant(check.from, check.to)?.id) === check.variant;
  });
}

export function checkEdge(scenario: Scenario, check: EdgeCheck): CheckResult {
  const from = label(check.from);
  const to = label(check.to);
  const count = matchingEdges(scenario, check).length;
  if (check.absent) {
    return count === 0
      ? { ok: true, message: `${from} is not connected to ${to}.` }
      : {
          ok: false,
          message: check.hint ?? `${from} is still connected to ${to}: remove that connection.`,
        };
  }
  const min = check.min ?? 1;
  if (count >= min) {
    return {
      ok: true,
      message:
        min === 1 ? `${from} is connected to ${to}.` : `${count} connections ${from} → ${to}.`,
    };
  }
  let message: string;
  if (ofKind(scenario, check.from).length === 0) message = missingKind(check.from);
  else if (ofKind(scenario, check.to).length === 0)
    message = `There is no ${to} node yet: add it, then connect ${from} to it.`;
  else if (min > 1)
    message = `${count === 0 ? 'No' : `Only ${count}`} ${from} → ${to} connection${count === 1 ? '' : 's'} so far; ${min} are needed.`;
  else message = `${from} is not connected to ${to} yet.`;
  return { ok: false, message: check.hint ?? message };
}

/** The longest chain of connected nodes whose kinds follow `kinds` from the start. */
function longestChain(scenario: Scenario, kinds: readonly KindId[]): number {
  const next = new Map<string, ScenarioNode[]>();
  const byId = new Map(scenario.nodes.map((n) => [n.id, n]));
  for (const e of scenario.edges) {
    const to = byId.get(e.to);
    if (to) next.set(e.from, [...(next.get(e.from) ?? []), to]);
  }
  const walk = (node: ScenarioNode, depth: number): number => {
    const want = kinds[depth + 1];
    if (!want) return depth + 1;
    let best = depth + 1;
    for (const to of next.get(node.id) ?? []) {
      if (to.kind === want) best = Math.max(best, walk(to, depth + 1));
    }
    return best;
  };
  const first = kinds[0];
  return first ? Math.max(0, ...ofKind(scenario, first).map((n) => walk(n, 0))) : 0;
}

export function checkPath(scenario: Scenario, check: PathCheck): CheckResult {
  const kinds = check.kinds;
  const names = kinds.map(label);
  const reached = longestChain(scenario, kinds);
  if (reached === kinds.length) return { ok: true, message: `${names.join(' → ')} is connected.` };
  const have = names[reached - 1];
  const want = names[reached] ?? '';
  const wantKind = kinds[reached];
  const firstKind = kinds[0];
  let message: string;
  if ((reached === 0 || !have) && firstKind) message = missingKind(firstKind);
  else if (wantKind && ofKind(scenario, wantKind).length === 0)
    message = `Add ${want} and connect ${have} to it.`;
  else message = `The chain stops at ${have}: connect it to ${want}.`;
  return { ok: false, message: check.hint ?? message };
}
