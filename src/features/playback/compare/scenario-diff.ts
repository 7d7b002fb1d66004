/**
 * What was changed between two versions of a scenario, in words ("create-order: Provisioned
 * concurrency 0 → 20"), so a comparison says what it compares.
 */
import { getKind, isKindId } from '../../../domain/catalog/index.ts';
import type { Scenario } from '../../../domain/diagram/index.ts';

const show = (v: unknown) => (v === null || v === undefined || v === '' ? 'none' : String(v));

function fieldLabel(kind: string, key: string): string {
  if (!isKindId(kind)) return key;
  return getKind(kind).fields.find((f) => f.key === key)?.label ?? key;
}

/** Up to `limit` changes from `a` to `b`, most specific first. */
export function scenarioChanges(a: Scenario, b: Scenario, limit = 6): string[] {
  const changes: string[] = [];
  const before = new Map(a.nodes.map((n) => [n.id, n]));
  const after = new Map(b.nodes.map((n) => [n.id, n]));
  for (const node of b.nodes) {
    const old = before.get(node.id);
    if (!old) {
      changes.push(`added ${node.label}`);
      continue;
    }
    const keys = new Set([...Object.keys(old.config), ...Object.keys(node.config)]);
    for (const key of keys) {
      if (old.config[key] === node.config[key]) continue;
      changes.push(
        `${node.label}: ${fieldLabel(node.kind, key)} ${show(old.config[key])} → ${show(node.config[key])}`,
      );
    }
    const ta = a.traffic[node.id];
    const tb = b.traffic[node.id];
    if (ta && tb) {
      for (const key of Object.keys(tb) as (keyof typeof tb)[]) {
        if (ta[key] !== tb[key])
          changes.push(
            `${node.label}: ${key === 'ratePerSec' ? 'rate' : key} ${show(ta[key])} → ${show(tb[key])}`,
          );
      }
    }
  }
  for (const node of a.nodes) if (!after.has(node.id)) changes.push(`removed ${node.label}`);
  const edgesA = new Set(a.edges.map((e) => `${e.from}>${e.to}`));
  const edgesB = new Set(b.edges.map((e) => `${e.from}>${e.to}`));
  const added = [...edgesB].filter((e) => !edgesA.has(e)).length;
  const removed = [...edgesA].filter((e) => !edgesB.has(e)).length;
  if (added) changes.push(`${added} connection${added === 1 ? '' : 's'} added`);
  if (removed) changes.push(`${removed} connection${removed === 1 ? '' : 's'} removed`);
  for (const key of Object.keys(b.settings) as (keyof Scenario['settings'])[]) {
    if (key !== 'speed' && a.settings[key] !== b.settings[key]) {
      changes.push(`${key} ${show(a.settings[key])} → ${show(b.settings[key])}`);
    }
  }
  return changes.length > limit
    ? [...changes.slice(0, limit), `and ${changes.length - limit} more`]
    : changes;
}
