/**
 * JSON.parse for untrusted text (links, imported files, saved state).
 *
 * - Keys that can reach an object's prototype (`__proto__`, `constructor`, `prototype`) are
 *   refused outright. JSON.parse itself only creates own properties, but later code that copies
 *   records key by key (zod's record parser does `out[key] = value`) would turn an own
 *   `__proto__` into a prototype swap, so such keys must never get past this point.
 * - Nesting is limited before parsing: a reviver walks the tree recursively, so a text of
 *   100,000 `[` would overflow the stack. A scenario is five levels deep.
 * - Syntax errors say where (line and column), whatever the JavaScript engine.
 */

export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set([
  '__proto__',
  'constructor',
  'prototype',
]);

export type JsonProblem =
  | { problem: 'syntax'; message: string; line?: number; column?: number }
  | { problem: 'too-deep'; maxDepth: number }
  | { problem: 'forbidden-key'; key: string };

export type JsonResult = { ok: true; value: unknown } | ({ ok: false } & JsonProblem);

class ForbiddenKey extends Error {
  constructor(readonly key: string) {
    super(`forbidden key ${key}`);
  }
}

/**
 * Parses JSON text without trusting it. Never throws.
 *
 * @example
 * parseJsonSafely('{"a":1}', 8); // { ok: true, value: { a: 1 } }
 * parseJsonSafely('{"__proto__":{}}', 8); // { ok: false, problem: 'forbidden-key', key: '__proto__' }
 */
export function parseJsonSafely(text: string, maxDepth: number): JsonResult {
  if (nestingDepth(text) > maxDepth) return { ok: false, problem: 'too-deep', maxDepth };
  try {
    const value: unknown = JSON.parse(text, (key, v: unknown) => {
      if (FORBIDDEN_KEYS.has(key)) throw new ForbiddenKey(key);
      return v;
    });
    return { ok: true, value };
  } catch (error) {
    if (error instanceof ForbiddenKey)
      return { ok: false, problem: 'forbidden-key', key: error.key };
    return { ok: false, problem: 'syntax', ...describeSyntaxError(text, error) };
  }
}

/** Deepest `[`/`{` nesting outside strings; a linear scan, so it is safe on any input. */
export function nestingDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (inString) {
      if (ch === 0x5c /* \ */) i++;
      else if (ch === 0x22 /* " */) inString = false;
    } else if (ch === 0x22) inString = true;
    else if (ch === 0x5b /* [ */ || ch === 0x7b /* { */) deepest = Math.max(deepest, ++depth);
    else if (ch === 0x5d /* ] */ || ch === 0x7d /* } */) depth--;
  }
  return deepest;
}

/**
 * Engines word JSON errors differently: V8 "Unexpected token } in JSON at position 42"
 * (newer: "… (line 3 column 5)"), Firefox "JSON.parse: … at line 3 column 5 of the JSON data",
 * Safari "JSON Parse error: Expected '}'". Keep the description, compute the place ourselves.
 */
function describeSyntaxError(
  text: string,
  error: unknown,
): { message: string; line?: number; column?: number } {
  const raw = error instanceof Error ? error.message : String(error);
  const lineColumn = /line (\d+) column (\d+)/.exec(raw);
  const position = /at position (\d+)/.exec(raw);
  let place: { line: number; column: number } | undefined;
  if (lineColumn) place = { line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
  else if (position) place = lineAndColumn(text, Number(position[1]));
  else if (/end of (JSON )?(input|data)/i.test(raw)) place = lineAndColumn(text, text.length);
  const message = raw
    .replace(/^JSON(\.parse:| Parse error:)\s*/i, '')
    .replace(/\s*(in JSON )?at (position \d+|line \d+ column \d+).*$/s, '')
    .replace(/\s*\(line \d+ column \d+\)/, '')
    .trim();
  return { message: message || 'Not valid JSON', ...place };
}

/** 1-based line and column of a character offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, offset));
  const lastBreak = before.lastIndexOf('\n');
  return { line: before.split('\n').length, column: offset - lastBreak };
}
