/**
 * The English messages of zod's classic API, for the issues our schemas raise without a message
 * of their own. They reach people (parseScenario puts them after a path, imports list them), and
 * zod/mini would say only "Invalid input". Loading zod's English locale instead would also ship
 * the words of every string format (emails, UUIDs, …) that we never check.
 *
 * Codes no schema of ours raises (formats other than regex, multiples, map/set elements, xor)
 * fall back to "Invalid input": add a case here when a schema starts to raise one.
 * messages.test.ts compares every case with zod's own English locale.
 */
import { util, type core } from 'zod/mini';

/** Sizes are counted in these units; other limits compare the value itself. */
const UNITS: Readonly<Record<string, string>> = {
  string: 'characters',
  array: 'items',
  set: 'items',
  map: 'entries',
  file: 'bytes',
};

/** zod's name for a type, but "NaN" and "Infinity" where the value is one (not "number"). */
function typeName(type: string, input?: unknown): string {
  if (type === 'number' && typeof input === 'number' && !Number.isFinite(input)) {
    return String(input);
  }
  return type === 'nan' ? 'NaN' : type;
}

export const englishMessage: core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      return `Invalid input: expected ${typeName(issue.expected)}, received ${typeName(util.parsedType(issue.input), issue.input)}`;
    case 'invalid_value':
      return issue.values.length === 1
        ? `Invalid input: expected ${util.stringifyPrimitive(issue.values[0])}`
        : `Invalid option: expected one of ${util.joinValues(issue.values, '|')}`;
    case 'too_big':
    case 'too_small': {
      const big = issue.code === 'too_big';
      const relation = issue.exact ? 'exactly ' : `${big ? '<' : '>'}${issue.inclusive ? '=' : ''}`;
      const limit = `${relation}${big ? issue.maximum : issue.minimum}`;
      const unit = UNITS[issue.origin];
      const expected = unit ? `to have ${limit} ${unit}` : `to be ${limit}`;
      return `Too ${big ? 'big' : 'small'}: expected ${issue.origin} ${expected}`;
    }
    case 'invalid_format':
      return issue.format === 'regex'
        ? `Invalid string: must match pattern ${issue.pattern}`
        : 'Invalid input';
    case 'unrecognized_keys':
      return `Unrecognized key${issue.keys.length > 1 ? 's' : ''}: ${util.joinValues(issue.keys, ', ')}`;
    case 'invalid_key':
      return `Invalid key in ${issue.origin}`;
    case 'invalid_union':
      // Only a discriminated union lists its options (the discriminator values it knows).
      return Array.isArray(issue.options) && issue.options.length > 0
        ? `Invalid discriminator value. Expected ${issue.options.map((o) => `'${String(o)}'`).join(' | ')}`
        : 'Invalid input';
    default:
      return 'Invalid input';
  }
};
