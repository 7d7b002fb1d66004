/**
 * Export and Import: the scenario as a `.json` file a person can read, diff and keep.
 */
import { parseScenario, type Scenario } from '../diagram/index.ts';
import { canonicalScenario } from './canonical.ts';
import { parseJsonSafely } from './safe-json.ts';
import { groupDigits } from '../format/numbers.ts';

/** Largest file we read. The largest possible scenario, pretty-printed, is well under half. */
export const MAX_JSON_CHARS = 2_000_000;
/** A scenario is 5 levels deep; a little room for what a newer version might add. */
const MAX_JSON_DEPTH = 12;

export type JsonFileResult = { ok: true; scenario: Scenario } | { ok: false; errors: string[] };

/**
 * The text Export downloads: 2-space indented, keys in a stable order, final newline.
 *
 * @example
 * scenarioToJson(emptyScenario('Demo')); // '{\n  "version": 1,\n  "name": "Demo",\n  …}\n'
 */
export function scenarioToJson(scenario: Scenario): string {
  return `${JSON.stringify(canonicalScenario(scenario), null, 2)}\n`;
}

/**
 * Reads an imported file's (or saved) text. Never throws; errors say what is wrong and where,
 * worded to follow the caller's own sentence ("“x.json” is not a valid scenario: …").
 *
 * @example
 * parseScenarioJson('{"version": 1,'); // { ok: false, errors: ['Not valid JSON: … (line 1, column 15).'] }
 */
export function parseScenarioJson(text: string): JsonFileResult {
  try {
    return parse(text);
  } catch (error) {
    return { ok: false, errors: [`It could not be read (${String(error).slice(0, 200)}).`] };
  }
}

function parse(text: string): JsonFileResult {
  if (typeof text !== 'string') return { ok: false, errors: ['It could not be read as text.'] };
  if (text.length > MAX_JSON_CHARS) {
    const mb = (n: number) => groupDigits(n / 1_000_000, 1);
    return {
      ok: false,
      errors: [
        `Too large to be a scenario (${mb(text.length)} MB; the limit is ${mb(MAX_JSON_CHARS)} MB).`,
      ],
    };
  }
  // Editors on Windows may save a byte-order mark, which JSON.parse refuses.
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return { ok: false, errors: ['It is empty.'] };

  const json = parseJsonSafely(body, MAX_JSON_DEPTH);
  if (!json.ok) {
    switch (json.problem) {
      case 'syntax': {
        const where = json.line !== undefined ? ` (line ${json.line}, column ${json.column})` : '';
        return { ok: false, errors: [`Not valid JSON: ${json.message}${where}.`] };
      }
      case 'too-deep':
        return {
          ok: false,
          errors: [`Not a scenario: its data is nested more than ${json.maxDepth} levels deep.`],
        };
      case 'forbidden-key':
        return {
          ok: false,
          errors: [
            `Refused: it uses the reserved name "${json.key}" as a key, which a scenario never does.`,
          ],
        };
    }
  }
  const parsed = parseScenario(json.value);
  return parsed.ok ? parsed : { ok: false, errors: parsed.errors };
}
