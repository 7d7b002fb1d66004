import {
  addNode,
  connect,
  extractFragment,
  pasteFragment,
  removeElements,
  setConfigValue,
  setTraffic,
  validTargets,
} from './edit.ts';
import { emptyScenario, MAX_NODES, type Scenario } from './scenario.ts';
import { parseScenario } from './parse.ts';

function build(): { scenario: Scenario; ids: Record<string, string> } {
  let s = emptyScenario('test');
  const ids: Record<string, string> = {};
  for (const [name, kind] of [
    ['clients', 'http-clients'],
    ['api', 'api-gateway'],
    ['fn', 'lambda'],
    ['table', 'dynamodb'],
  ] as const) {
    const r = addNode(s, kind, { x: 0, y: 0 });
    if (!r.ok || !r.id) throw new Error('add failed');
    s = r.scenario;
    ids[name] = r.id;
  }
  return { scenario: s, ids };
}

describe('editing the scenario', () => {
  it('builds HTTP clients → API Gateway → Lambda → DynamoDB into a valid document', () => {
    const built = build();
    const ids = built.ids;
    let s = built.scenario;
    for (const [a, b] of [
      ['clients', 'api'],
      ['api', 'fn'],
      ['fn', 'table'],
    ] as const) {
      const r = connect(s, ids[a]!, ids[b]!);
      expect(r.ok).toBe(true);
      if (r.ok) s = r.scenario;
    }
    expect(s.edges).toHaveLength(3);
    expect(Object.keys(s.traffic)).toEqual([ids.clients]);
    expect(parseScenario(s)).toEqual({ ok: true, scenario: s });
  });

  it('gives new nodes distinct labels and ids', () => {
    let s = emptyScenario();
    for (let i = 0; i < 3; i++) {
      const r = addNode(s, 'lambda', { x: 0, y: 0 });
      if (r.ok) s = r.scenario;
    }
    expect(s.nodes.map((n) => n.label)).toEqual(['Lambda', 'Lambda 2', 'Lambda 3']);
    expect(new Set(s.nodes.map((n) => n.id)).size).toBe(3);
  });

  it('refuses invalid, duplicate and self connections with a reason', () => {
    const { scenario: s, ids } = build();
    const invalid = connect(s, ids.table!, ids.clients!);
    expect(invalid.ok).toBe(false);
    const self = connect(s, ids.fn!, ids.fn!);
    expect(self).toEqual({ ok: false, reason: 'A node cannot connect to itself.' });
    const once = connect(s, ids.api!, ids.fn!);
    if (!once.ok) throw new Error('expected ok');
    expect(connect(once.scenario, ids.api!, ids.fn!).ok).toBe(false);
  });

  it('lists only valid, unconnected targets', () => {
    const { scenario: s, ids } = build();
    expect(
      validTargets(s, ids.clients!)
        .map((t) => t.node.id)
        .sort(),
    ).toEqual([ids.api, ids.fn].sort());
    expect(validTargets(s, ids.table!).map((t) => t.node.id)).toEqual([ids.fn]);
  });

  it('removes a node with its edges and traffic', () => {
    const built = build();
    const ids = built.ids;
    let s = built.scenario;
    const r = connect(s, ids.clients!, ids.api!);
    if (r.ok) s = r.scenario;
    const after = removeElements(s, [ids.clients!]);
    expect(after.nodes).toHaveLength(3);
    expect(after.edges).toHaveLength(0);
    expect(after.traffic).toEqual({});
  });

  it('refuses an impossible config value and keeps the document as it was', () => {
    const { scenario: s, ids } = build();
    const r = setConfigValue(s, ids.fn!, 'memoryMb', 50);
    expect(r.ok).toBe(false);
    const ok = setConfigValue(s, ids.fn!, 'memoryMb', 1769);
    expect(ok.ok && ok.scenario.nodes.find((n) => n.id === ids.fn)?.config.memoryMb).toBe(1769);
    expect(s.nodes.find((n) => n.id === ids.fn)?.config.memoryMb).toBe(512);
  });

  it('refuses impossible traffic', () => {
    const { scenario: s, ids } = build();
    expect(setTraffic(s, ids.clients!, { ratePerSec: -1 }).ok).toBe(false);
    expect(setTraffic(s, ids.clients!, { ratePerSec: 50 }).ok).toBe(true);
  });

  it('pastes a copied fragment with fresh ids and its inner edges', () => {
    const built = build();
    const ids = built.ids;
    let s = built.scenario;
    const r = connect(s, ids.fn!, ids.table!);
    if (r.ok) s = r.scenario;
    const pasted = pasteFragment(s, extractFragment(s, [ids.fn!, ids.table!]), { x: 40, y: 40 });
    if (!pasted.ok) throw new Error(pasted.reason);
    expect(pasted.scenario.nodes).toHaveLength(6);
    expect(pasted.scenario.edges).toHaveLength(2);
    expect(pasted.ids?.every((id) => !Object.values(ids).includes(id))).toBe(true);
    expect(parseScenario(pasted.scenario).ok).toBe(true);
  });

  it(`stops at ${MAX_NODES} nodes with a message`, () => {
    let s = emptyScenario();
    for (let i = 0; i < MAX_NODES; i++) {
      const r = addNode(s, 'lambda', { x: i, y: 0 });
      if (r.ok) s = r.scenario;
    }
    const over = addNode(s, 'lambda', { x: 0, y: 0 });
    expect(over.ok).toBe(false);
  });
});
