import fc from 'fast-check';
import { lineAndColumn, nestingDepth, parseJsonSafely } from './safe-json.ts';

describe('parseJsonSafely', () => {
  it('parses ordinary JSON', () => {
    expect(parseJsonSafely('{"a":[1,{"b":null}]}', 8)).toEqual({
      ok: true,
      value: { a: [1, { b: null }] },
    });
  });

  it.each(['__proto__', 'constructor', 'prototype'])(
    'refuses the key "%s", even escaped or nested',
    (key) => {
      expect(parseJsonSafely(`{"${key}":{"x":1}}`, 8)).toEqual({
        ok: false,
        problem: 'forbidden-key',
        key,
      });
      expect(parseJsonSafely(`[1,{"a":{"${key}":1}}]`, 8)).toMatchObject({
        problem: 'forbidden-key',
      });
      const escaped = `\\u${key.charCodeAt(0).toString(16).padStart(4, '0')}${key.slice(1)}`;
      expect(parseJsonSafely(`{"${escaped}":1}`, 8)).toMatchObject({
        problem: 'forbidden-key',
        key,
      });
      expect(({} as Record<string, unknown>).x).toBeUndefined();
    },
  );

  it('allows those words as values', () => {
    expect(parseJsonSafely('["__proto__","constructor"]', 8)).toMatchObject({ ok: true });
  });

  it('refuses nesting deeper than allowed, before parsing', () => {
    expect(parseJsonSafely('[[[1]]]', 3)).toMatchObject({ ok: true });
    expect(parseJsonSafely('[[[[1]]]]', 3)).toEqual({
      ok: false,
      problem: 'too-deep',
      maxDepth: 3,
    });
    expect(parseJsonSafely('['.repeat(500_000), 10)).toMatchObject({ problem: 'too-deep' });
  });

  it('says where a syntax error is', () => {
    const result = parseJsonSafely('{\n  "a": 1,\n  "b" 2\n}', 8);
    expect(result).toMatchObject({ ok: false, problem: 'syntax', line: 3, column: 7 });
    if (!result.ok && result.problem === 'syntax')
      expect(result.message).not.toMatch(/position|JSON\.parse/);
  });

  it('places an unexpected end at the end of the text', () => {
    expect(parseJsonSafely('{\n"a": [1,', 8)).toMatchObject({ problem: 'syntax', line: 2 });
  });

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.string({ unit: 'binary' })), (text) => {
        const result = parseJsonSafely(text, 8);
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 2000 },
    );
    expect(Object.keys(Object.prototype)).toEqual([]);
  });
});

describe('nestingDepth and lineAndColumn', () => {
  it('ignores brackets inside strings, escaped quotes included', () => {
    expect(nestingDepth('{"a":"[[[{{\\"[["}')).toBe(1);
    expect(nestingDepth('[[],[[]]]')).toBe(3);
  });

  it('counts lines and columns from 1', () => {
    expect(lineAndColumn('ab\ncd', 0)).toEqual({ line: 1, column: 1 });
    expect(lineAndColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
  });
});
