/**
 * domain/ has no import circle, type-only imports included: a circle means two modules cannot
 * be understood, tested or loaded apart, and it is how a kind's model ends up depending on the
 * whole engine. Built from the source text so it needs no extra tooling.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const DOMAIN = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const IMPORT = /^\s*(?:import|export)\s(?:[^'";]*?\sfrom\s)?['"](\.{1,2}\/[^'"]+)['"]/gm;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of sourceFiles(DOMAIN)) {
    const text = readFileSync(file, 'utf8');
    const targets = [...text.matchAll(IMPORT)]
      .map((m) => resolve(dirname(file), m[1] as string))
      .filter((target) => target.startsWith(DOMAIN));
    graph.set(file, targets);
  }
  return graph;
}

/** Every circle, each as the list of files around it (depth-first search, grey = on the path). */
function findCycles(graph: Map<string, string[]>): string[][] {
  const state = new Map<string, 'grey' | 'black'>();
  const path: string[] = [];
  const cycles: string[][] = [];
  const visit = (file: string) => {
    state.set(file, 'grey');
    path.push(file);
    for (const next of graph.get(file) ?? []) {
      if (state.get(next) === 'grey') cycles.push([...path.slice(path.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    path.pop();
    state.set(file, 'black');
  };
  for (const file of graph.keys()) if (!state.has(file)) visit(file);
  return cycles;
}

describe('src/domain imports', () => {
  const graph = importGraph();

  it('are read from the source (the check sees the real files)', () => {
    expect(graph.size).toBeGreaterThan(50);
    const edges = [...graph.values()].reduce((n, targets) => n + targets.length, 0);
    expect(edges).toBeGreaterThan(100);
  });

  it('form no circle', () => {
    const cycles = findCycles(graph).map((c) => c.map((f) => relative(DOMAIN, f)).join(' → '));
    expect(cycles).toEqual([]);
  });

  it('lets no node model import the engine (models take the narrow SimPort, sim/port.ts)', () => {
    const engine = join(DOMAIN, 'sim', 'engine.ts');
    const importers = [...graph]
      .filter(([file, targets]) => targets.includes(engine) && !file.endsWith('.test.ts'))
      .map(([file]) => relative(DOMAIN, file))
      .sort();
    // The run itself and the two readers of its books after the end; nothing a kind owns.
    expect(importers).toEqual(['sim/cost.ts', 'sim/metrics.ts', 'sim/simulate.ts']);
  });

  it('counts type-only and re-export imports (a type-only circle is still a circle)', () => {
    const text =
      "import type { A } from './a.ts';\nexport { B } from '../b.ts';\nimport {\n  C,\n} from './c.ts';";
    expect([...text.matchAll(IMPORT)].map((m) => m[1])).toEqual(['./a.ts', '../b.ts', './c.ts']);
  });

  it('finds a circle when there is one (the check itself works)', () => {
    const a = join(DOMAIN, 'a.ts');
    const b = join(DOMAIN, 'b.ts');
    expect(
      findCycles(
        new Map([
          [a, [b]],
          [b, [a]],
        ]),
      ),
    ).toHaveLength(1);
  });
});
