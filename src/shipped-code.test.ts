/**
 * What ships carries no test hooks: no globals for scripts to read, and no test-only module
 * (a `test-support` folder or file, fast-check, Vitest, Testing Library) imported by shipped code.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';

const isTestOnly = (path: string) =>
  /\.test\.tsx?$/.test(path) ||
  /(^|\/)test-support(\/|\.ts$)/.test(path) ||
  /test-setup\.ts$/.test(path);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

const shipped = [...sourceFiles('src'), ...sourceFiles('content')].filter((f) => !isTestOnly(f));
const IMPORT = /(?:\bfrom\s*|\bimport\s*\(\s*|^import\s+)['"]([^'"]+)['"]/gm;
const TEST_LIBRARIES = /^(fast-check|vitest|@testing-library\/|jsdom)/;

function importsOf(file: string): string[] {
  return [...readFileSync(file, 'utf8').matchAll(IMPORT)].map((m) => m[1] as string);
}

describe('shipped code', () => {
  it('is found (the scan looks where the code is)', () => {
    expect(shipped).toContain(normalize('src/features/playback/overlay/render-frame.ts'));
    expect(shipped.some((f) => f.includes('test-support'))).toBe(false);
  });

  it('puts nothing on globalThis or window for scripts or tests to read', () => {
    const hook = /\b(globalThis|window|self)\b[^;\n]*?(\.|\[\s*['"])__[A-Za-z]/;
    const offenders = shipped.filter((f) => hook.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('imports no test-only module', () => {
    const offenders = shipped.flatMap((file) =>
      importsOf(file)
        .filter((spec) =>
          spec.startsWith('.')
            ? isTestOnly(normalize(join(dirname(file), spec)))
            : TEST_LIBRARIES.test(spec),
        )
        .map((spec) => `${file} → ${spec}`),
    );
    expect(offenders).toEqual([]);
  });

  it('exports no test-only module from an index file', () => {
    const indexes = shipped.filter((f) => /(^|\/)index\.tsx?$/.test(f));
    expect(indexes.length).toBeGreaterThan(5);
    const offenders = indexes.flatMap((file) =>
      importsOf(file)
        .filter((spec) => /test-support|\.test\.|fixture-scenarios|arbitrary/.test(spec))
        .map((spec) => `${file} → ${spec}`),
    );
    expect(offenders).toEqual([]);
  });
});
