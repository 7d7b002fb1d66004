import { CATALOG, isKindId } from '../../src/domain/catalog/index.ts';
import { parseScenario } from '../../src/domain/diagram/index.ts';
import { scenarioToJson } from '../../src/domain/share/json-file.ts';
import {
  SHARE_ROUTE,
  decodeScenarioFragment,
  encodeScenarioToFragment,
} from '../../src/domain/share/link-codec.ts';
import { GALLERY, findExample } from './index.ts';

/** The files as written on disk, by name ("./rest-api.json" → text). */
const FILES = import.meta.glob<string>('./*.json', {
  eager: true,
  query: '?raw',
  import: 'default',
});

/** Node boxes on the canvas are about this size. */
const BOX = { width: 200, height: 80 };

describe('the gallery', () => {
  it('has at least 8 examples with unique ids, one JSON file each', () => {
    expect(GALLERY.length).toBeGreaterThanOrEqual(8);
    const ids = GALLERY.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(Object.keys(FILES).sort()).toEqual(ids.map((id) => `./${id}.json`).sort());
  });

  it('finds examples by id', () => {
    expect(findExample('order-fanout')?.title).toBe('Order processing fan-out');
    expect(findExample('no-such-example')).toBeUndefined();
  });

  describe.each(GALLERY.map((e) => [e.id, e] as const))('%s', (id, example) => {
    it('is a valid scenario, stored exactly as Export would write it', () => {
      const parsed = parseScenario(example.scenario);
      expect(parsed.ok ? [] : parsed.errors).toEqual([]);
      // Complete and normalised (every config value present): the app can use it as it is.
      expect(parsed.ok && parsed.scenario).toEqual(example.scenario);
      // If this fails after a catalog change, rewrite the file with scenarioToJson(parsed.scenario).
      expect(FILES[`./${id}.json`]).toBe(scenarioToJson(example.scenario));
    });

    it('is named and explained for a learner', () => {
      expect(example.scenario.name).toBe(example.title);
      expect(example.scenario.description).not.toBe('');
      expect(example.summary.length).toBeGreaterThan(40);
      expect(example.whatToWatch.length).toBeGreaterThanOrEqual(2);
      expect(example.whatToWatch.length).toBeLessThanOrEqual(4);
      expect(example.concepts.length).toBeGreaterThan(0);
      for (const slug of example.concepts) expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    });

    it('connects every node, gives every event source traffic, and labels every node', () => {
      const { nodes, edges, traffic } = example.scenario;
      for (const node of nodes) {
        expect(
          edges.some((e) => e.from === node.id || e.to === node.id),
          node.id,
        ).toBe(true);
        expect(node.label).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
        if (isKindId(node.kind) && CATALOG[node.kind].hasTraffic)
          expect(traffic[node.id], node.id).toBeDefined();
      }
    });

    it('lays nodes out on whole pixels without overlapping boxes', () => {
      const { nodes } = example.scenario;
      for (const node of nodes) {
        expect(Number.isInteger(node.position.x) && Number.isInteger(node.position.y)).toBe(true);
      }
      nodes.forEach((a, i) =>
        nodes.slice(i + 1).forEach((b) => {
          const apart =
            Math.abs(a.position.x - b.position.x) >= BOX.width ||
            Math.abs(a.position.y - b.position.y) >= BOX.height;
          expect(apart, `${a.id} overlaps ${b.id}`).toBe(true);
        }),
      );
    });

    it('fits in a link that opens to the same scenario', () => {
      const fragment = encodeScenarioToFragment(example.scenario);
      const decoded = decodeScenarioFragment(fragment);
      expect(decoded.ok ? decoded.scenario : decoded.error).toEqual(example.scenario);
      expect(fragment.length).toBeLessThanOrEqual(2_000);
    });
  });

  it('keeps the 12-node order fan-out link within 1,000 characters', () => {
    const example = findExample('order-fanout');
    expect(example?.scenario.nodes.length).toBe(12);
    expect(encodeScenarioToFragment(example!.scenario).length).toBeLessThanOrEqual(1_000);
  });

  it('reports every example’s link length', () => {
    const rows = GALLERY.map((e) => {
      const fragment = encodeScenarioToFragment(e.scenario);
      return {
        id: e.id,
        nodes: e.scenario.nodes.length,
        edges: e.scenario.edges.length,
        fragment: fragment.length,
        hash: (SHARE_ROUTE + fragment).length,
      };
    });
    console.table(rows);
    expect(rows.every((r) => r.fragment > 0)).toBe(true);
  });
});
