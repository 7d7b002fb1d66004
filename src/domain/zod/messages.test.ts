/**
 * Our English messages must be zod's English word for word: the classic API showed those, and
 * people (and other tests) read them. Each case parses with our map, then again with zod's own
 * English locale as the parse's error map, and compares every issue.
 */
import { en } from 'zod/locales';
import { z } from './index.ts';

const zodEnglish = en().localeError;

const cases: [string, z.ZodMiniType, unknown][] = [
  ['type: number for a string', z.string(), 1],
  ['type: NaN', z.string(), Number.NaN],
  ['type: Infinity', z.number(), -Infinity],
  ['type: null', z.object({ a: z.string() }), null],
  ['type: missing key', z.object({ a: z.string() }), {}],
  ['type: array', z.record(z.string(), z.number()), []],
  ['type: a class instance', z.string(), new Date(0)],
  ['type: not a whole number', z.number().check(z.int()), 1.5],
  ['value: one literal', z.literal('us-east-1'), 'eu-west-1'],
  ['value: a number literal', z.literal(1), 2],
  ['value: an enum', z.enum(['steady', 'burst']), 'spike'],
  ['size: a short string', z.string().check(z.minLength(2)), 'a'],
  ['size: a long string', z.string().check(z.maxLength(3)), 'abcd'],
  ['size: a short array', z.array(z.number()).check(z.minLength(2)), [1]],
  ['size: a long array', z.array(z.number()).check(z.maxLength(1)), [1, 2]],
  ['number: below', z.number().check(z.gte(0.1)), 0],
  ['number: above', z.number().check(z.lte(100)), 101],
  ['number: not positive', z.number().check(z.positive()), 0],
  ['number: negative', z.number().check(z.nonnegative()), -1],
  ['number: beyond safe integers', z.number().check(z.int()), 2 ** 60],
  ['format: a pattern', z.string().check(z.regex(/^[a-z]+$/)), 'A'],
  ['keys: one unknown', z.strictObject({ a: z.number() }), { a: 1, b: 2 }],
  ['keys: two unknown', z.strictObject({}), { b: 1, c: 2 }],
  ['keys: a bad record key', z.record(z.string().check(z.minLength(2)), z.number()), { a: 1 }],
  ['union: no option matches', z.union([z.string(), z.number()]), true],
  [
    'union: an unknown discriminator',
    z.discriminatedUnion('type', [
      z.object({ type: z.literal('node') }),
      z.object({ type: z.literal('edge') }),
    ]),
    { type: 'path' },
  ],
  ['custom: a refinement', z.string().check(z.refine(() => false)), 'x'],
  ['tuple: too long', z.tuple([z.number()]), [1, 2]],
];

describe('English messages', () => {
  it.each(cases)('%s', (_name, schema, input) => {
    const ours = schema.safeParse(input);
    const theirs = schema.safeParse(input, { error: zodEnglish });
    expect(ours.success).toBe(false);
    expect(ours.error?.issues.map((i) => i.message)).toEqual(
      theirs.error?.issues.map((i) => i.message),
    );
    expect(ours.error?.issues.every((i) => i.message.length > 0)).toBe(true);
  });

  it('leaves a schema’s own message alone', () => {
    const result = z.number({ error: 'Rate must be a number.' }).safeParse('fast');
    expect(result.error?.issues[0]?.message).toBe('Rate must be a number.');
  });

  it('stays jitless (the CSP forbids eval)', () => {
    expect(z.config().jitless).toBe(true);
  });
});
