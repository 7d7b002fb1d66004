/**
 * The importer and exporter against 35 public templates nobody here wrote
 * (test-fixtures/sam, scored against its MANIFEST.json) and the SAM JSON schema.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import Ajv from 'ajv-draft-04';
import { GALLERY } from '../../../content/examples/index.ts';
import { exportTemplate, importTemplate, parseTemplateText } from './index.ts';
import { kindForType } from './kind-map.ts';
import type { Scenario } from '../diagram/index.ts';
import { defaultVariant } from '../catalog/index.ts';

const DIR = new URL('../../../test-fixtures/', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, DIR), 'utf8');

interface Entry {
  file: string;
  resources: { logicalId: string; type: string }[];
  connections: { from: string; to: string; kind: 'event' | 'reference' | 'implied'; via: string }[];
}
const MANIFEST = JSON.parse(read('sam/MANIFEST.json')) as Entry[];

const ajv = new Ajv({ strict: false, allErrors: false });
const validateSchema = ajv.compile(JSON.parse(read('sam-schema/sam.schema.json')) as object);

/** Schema errors of a template text (the schema does not ask for Transform; SAM does). */
function schemaProblems(text: string): string[] {
  const parsed = parseTemplateText(text);
  if (!parsed.ok) return [parsed.error];
  const problems: string[] = [];
  if (!validateSchema(parsed.value)) {
    problems.push(
      ...(validateSchema.errors ?? []).slice(0, 3).map((e) => `${e.instancePath} ${e.message}`),
    );
  }
  const types = Object.values(parsed.value.Resources as Record<string, { Type?: string }>).map(
    (r) => r.Type ?? '',
  );
  if (
    types.some((t) => t.startsWith('AWS::Serverless::')) &&
    parsed.value.Transform !== 'AWS::Serverless-2016-10-31'
  ) {
    problems.push('Transform: AWS::Serverless-2016-10-31 is missing');
  }
  return problems;
}

function imported(text: string, name?: string) {
  const result = importTemplate(text, { name });
  if (!result.ok) throw new Error(result.error);
  return result;
}

/** Kinds, ids and edges; an edge without a variant means its pair's first one. */
const shape = (s: Scenario) => {
  const kind = new Map(s.nodes.map((n) => [n.id, n.kind]));
  return {
    nodes: s.nodes.map((n) => [n.id, n.kind]).sort(),
    edges: s.edges
      .map((e) => [
        e.from,
        e.to,
        e.variant ?? defaultVariant(kind.get(e.from)!, kind.get(e.to)!)?.id,
      ])
      .sort(),
  };
};

/** Whether `to` leads back to `from` (then the edge is part of a loop, drawn either way). */
function inLoop(s: Scenario, from: string, to: string): boolean {
  const seen = new Set<string>();
  const queue = [to];
  while (queue.length) {
    const at = queue.pop()!;
    if (at === from) return true;
    if (seen.has(at)) continue;
    seen.add(at);
    queue.push(...s.edges.filter((e) => e.from === at).map((e) => e.to));
  }
  return false;
}

describe('SAM import against the corpus manifest', () => {
  it('accounts for every resource and finds the nodes and edges a reader sees', () => {
    let modelled = 0;
    let nodes = 0;
    const found = { event: 0, reference: 0 };
    const total = { event: 0, reference: 0 };
    const unaccounted: string[] = [];
    for (const entry of MANIFEST) {
      const { scenario, report } = imported(read(`sam/${entry.file}`));
      const ids = new Set(scenario.nodes.map((n) => n.id));
      const listed = new Map(report.unsupported.map((u) => [u.logicalId, u]));
      // A resource folded into another (a rule into its bus) stands for that node in edges.
      const at = (id: string) => (ids.has(id) ? id : (listed.get(id)?.foldedInto ?? id));
      for (const r of entry.resources) {
        if (!ids.has(r.logicalId) && !listed.has(r.logicalId))
          unaccounted.push(`${entry.file}: ${r.logicalId}`);
        if (kindForType(r.type)?.primary) {
          modelled++;
          if (ids.has(r.logicalId)) nodes++;
        }
      }
      for (const c of entry.connections) {
        if (c.kind === 'implied') continue;
        total[c.kind]++;
        if (scenario.edges.some((e) => e.from === at(c.from) && e.to === at(c.to))) found[c.kind]++;
      }
    }
    const figures = {
      nodes: `${nodes}/${modelled}`,
      event: `${found.event}/${total.event}`,
      reference: `${found.reference}/${total.reference}`,
    };
    console.info('SAM corpus figures', figures);
    expect(unaccounted).toEqual([]);
    expect(nodes / modelled).toBeGreaterThanOrEqual(0.95);
    expect(found.event / total.event).toBeGreaterThanOrEqual(0.9);
    expect(found.reference / total.reference).toBeGreaterThanOrEqual(0.75);
  });

  it('uses logical IDs as node ids and SAM’s names for implicit APIs', () => {
    const { scenario } = imported(read('sam/apigw-lambda-dynamodb.yaml'));
    expect(scenario.nodes.map((n) => n.id)).toEqual(
      expect.arrayContaining(['LambdaFunction', 'DynamoDBTable', 'ServerlessRestApi']),
    );
    expect(scenario.edges.map((e) => `${e.from}>${e.to}`)).toEqual(
      expect.arrayContaining(['ServerlessRestApi>LambdaFunction', 'LambdaFunction>DynamoDBTable']),
    );
  });

  it('lays nodes out left to right without overlaps', () => {
    for (const entry of MANIFEST) {
      const { scenario } = imported(read(`sam/${entry.file}`));
      const boxes = scenario.nodes.map((n) => n.position);
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          const a = boxes[i]!;
          const b = boxes[j]!;
          const overlap = Math.abs(a.x - b.x) < 200 && Math.abs(a.y - b.y) < 76;
          expect(
            overlap,
            `${entry.file}: ${scenario.nodes[i]!.id} / ${scenario.nodes[j]!.id}`,
          ).toBe(false);
        }
      }
      for (const edge of scenario.edges) {
        const from = scenario.nodes.find((n) => n.id === edge.from)!;
        const to = scenario.nodes.find((n) => n.id === edge.to)!;
        if (!inLoop(scenario, edge.from, edge.to)) {
          expect(from.position.x, `${entry.file}: ${edge.id}`).toBeLessThanOrEqual(to.position.x);
        }
      }
    }
  });
});

describe('SAM export back into the learner’s template', () => {
  it('changes nothing but the added Metadata when the diagram was not edited', () => {
    for (const entry of MANIFEST) {
      const text = read(`sam/${entry.file}`);
      const { scenario } = imported(text);
      const out = exportTemplate(scenario, { into: text });
      if (!out.ok) throw new Error(`${entry.file}: ${out.error}`);
      const eol = text.includes('\r\n') ? '\r\n' : '\n';
      const after = out.text.split(eol);
      const start = after.findIndex((line) => line === 'Metadata:');
      expect(start, entry.file).toBeGreaterThan(0);
      let end = start + 1;
      while (end < after.length && /^\s+\S/.test(after[end]!)) end++;
      expect([...after.slice(0, start), ...after.slice(end)].join(eol), entry.file).toBe(text);
    }
  });

  it('one changed memory size changes only that line (or adds it when it was inherited)', () => {
    for (const entry of MANIFEST) {
      const text = read(`sam/${entry.file}`);
      const { scenario } = imported(text);
      const fn = scenario.nodes.find(
        (n) => n.kind === 'lambda' && entry.resources.some((r) => r.logicalId === n.id),
      );
      if (!fn) continue;
      const memory = fn.config.memoryMb === 1024 ? 2048 : 1024;
      const edited: Scenario = {
        ...scenario,
        nodes: scenario.nodes.map((n) =>
          n === fn ? { ...n, config: { ...n.config, memoryMb: memory } } : n,
        ),
      };
      const plain = exportTemplate(scenario, { into: text });
      const out = exportTemplate(edited, { into: text });
      if (!out.ok || !plain.ok) throw new Error(entry.file);
      const a = plain.text.split('\n');
      const b = out.text.split('\n');
      const changed = b.filter((line, i) => line !== a[i] && !a.includes(line));
      expect(changed.length, entry.file).toBe(1);
      expect(changed[0], entry.file).toMatch(new RegExp(`MemorySize: ${memory}\\s*$`));
      expect(b.length - a.length, entry.file).toBeLessThanOrEqual(1);
      const again = imported(out.text);
      expect(again.scenario.nodes.find((n) => n.id === fn.id)?.config.memoryMb).toBe(memory);
    }
  });

  it('every export validates against sam.schema.json and imports back with the same nodes and edges', () => {
    for (const entry of MANIFEST) {
      const text = read(`sam/${entry.file}`);
      const { scenario } = imported(text);
      for (const out of [exportTemplate(scenario, { into: text }), exportTemplate(scenario)]) {
        if (!out.ok) throw new Error(`${entry.file}: ${out.error}`);
        const again = imported(out.text);
        expect(shape(again.scenario), entry.file).toEqual(shape(scenario));
        expect(again.scenario.traffic, entry.file).toEqual(scenario.traffic);
      }
      const fresh = exportTemplate(scenario);
      expect(fresh.ok && schemaProblems(fresh.text), entry.file).toEqual([]);
    }
  });

  it('exports every gallery scenario as a valid template that imports back', () => {
    for (const example of GALLERY) {
      const scenario = example.scenario;
      const out = exportTemplate(scenario);
      if (!out.ok) throw new Error(`${example.id}: ${out.error}`);
      expect(schemaProblems(out.text), example.id).toEqual([]);
      const again = imported(out.text);
      expect(shape(again.scenario), example.id).toEqual(shape(scenario));
      expect(again.scenario.settings, example.id).toEqual(scenario.settings);
    }
  });
});
