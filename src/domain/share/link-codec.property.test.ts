import fc from 'fast-check';
import { arbitraryScenario } from '../diagram/test-support/arbitrary-scenario.ts';
import { parseScenario, type Scenario } from '../diagram/index.ts';
import { checksum } from './checksum.ts';
import { FORMAT_PREFIX } from './format-s1.ts';
import {
  decodeScenarioFragment,
  encodeScenarioToFragment,
  fragmentFromPackedJson,
  type DecodeResult,
} from './link-codec.ts';
import { URI_SAFE_ALPHABET } from './lz-inflate.ts';
import { roundCoordinate } from './pack.ts';

const PROBLEMS = ['empty', 'not-a-scenario', 'newer', 'too-long', 'damaged', 'refused', 'invalid'];
const URI_ALPHABET = [...URI_SAFE_ALPHABET];

/** Links carry integer positions; everything else must come back exactly. */
function asLinked(scenario: Scenario): Scenario {
  return {
    ...scenario,
    nodes: scenario.nodes.map((n) => ({
      ...n,
      position: { x: roundCoordinate(n.position.x), y: roundCoordinate(n.position.y) },
    })),
  };
}

/** A well-formed answer: a valid scenario, or a typed error with a sentence for a person. */
function expectWellFormed(result: DecodeResult) {
  if (result.ok) {
    expect(parseScenario(result.scenario).ok).toBe(true);
  } else {
    expect(PROBLEMS).toContain(result.problem);
    expect(result.error.length).toBeGreaterThan(10);
  }
}

/** A fragment whose checksum is right, so decoding gets past it to the data. */
const sealed = (data: string) => FORMAT_PREFIX + checksum(data) + data;

describe('arbitraryScenario (the generator other tests rely on)', () => {
  it('yields scenarios that parseScenario accepts unchanged', () => {
    fc.assert(
      fc.property(arbitraryScenario(), (scenario) => {
        const parsed = parseScenario(scenario);
        expect(parsed.ok ? [] : parsed.errors).toEqual([]);
        expect(parsed.ok && parsed.scenario).toEqual(scenario);
      }),
      { numRuns: 300 },
    );
  });
});

describe('link codec properties', () => {
  it('encode → decode is the identity (positions rounded to whole pixels)', () => {
    fc.assert(
      fc.property(arbitraryScenario(), (scenario) => {
        const decoded = decodeScenarioFragment(encodeScenarioToFragment(scenario));
        expect(decoded.ok ? decoded.scenario : decoded.error).toEqual(asLinked(scenario));
      }),
      { numRuns: 300 },
    );
  });

  it('a decoded link encodes to the very same link', () => {
    fc.assert(
      fc.property(arbitraryScenario(), (scenario) => {
        const fragment = encodeScenarioToFragment(asLinked(scenario));
        const decoded = decodeScenarioFragment(fragment);
        expect(decoded.ok && encodeScenarioToFragment(decoded.scenario)).toBe(fragment);
      }),
      { numRuns: 100 },
    );
  });

  it('fragments use only URL-safe characters', () => {
    fc.assert(
      fc.property(arbitraryScenario({ maxNodes: 6 }), (scenario) => {
        expect(encodeScenarioToFragment(scenario)).toMatch(/^s1\.[A-Za-z0-9+$-]+$/);
      }),
      { numRuns: 50 },
    );
  });

  it('decoding any string never throws and returns a typed error', () => {
    const anyText = fc.oneof(
      fc.string({ maxLength: 400 }),
      fc.string({ maxLength: 400, unit: 'binary' }),
      fc.string({ maxLength: 400 }).map((s) => FORMAT_PREFIX + s),
      fc
        .string({ unit: fc.constantFrom(...URI_ALPHABET), maxLength: 600 })
        .map((s) => FORMAT_PREFIX + s),
      fc.string({ unit: fc.constantFrom(...URI_ALPHABET), maxLength: 600 }).map(sealed),
    );
    fc.assert(
      fc.property(anyText, (text) => expectWellFormed(decodeScenarioFragment(text))),
      { numRuns: 2000 },
    );
  });

  it('damaged copies of valid links (cut, flipped, inserted, deleted characters) never throw', () => {
    const mutation = fc.oneof(
      fc.record({ op: fc.constant('cut' as const), at: fc.nat() }),
      fc.record({
        op: fc.constant('flip' as const),
        at: fc.nat(),
        ch: fc.constantFrom(...URI_ALPHABET, ' ', '%', '#'),
      }),
      fc.record({
        op: fc.constant('insert' as const),
        at: fc.nat(),
        ch: fc.constantFrom(...URI_ALPHABET, '.', '/'),
      }),
      fc.record({ op: fc.constant('delete' as const), at: fc.nat() }),
    );
    fc.assert(
      fc.property(
        arbitraryScenario({ maxNodes: 8 }),
        fc.array(mutation, { minLength: 1, maxLength: 4 }),
        (scenario, mutations) => {
          let fragment = encodeScenarioToFragment(scenario);
          for (const m of mutations) {
            const at = m.at % (fragment.length + 1);
            if (m.op === 'cut') fragment = fragment.slice(0, at);
            if (m.op === 'flip') fragment = fragment.slice(0, at) + m.ch + fragment.slice(at + 1);
            if (m.op === 'insert') fragment = fragment.slice(0, at) + m.ch + fragment.slice(at);
            if (m.op === 'delete') fragment = fragment.slice(0, at) + fragment.slice(at + 1);
          }
          expectWellFormed(decodeScenarioFragment(fragment));
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('damaged data with a recomputed checksum (a deliberate edit) never throws', () => {
    fc.assert(
      fc.property(
        arbitraryScenario({ maxNodes: 8 }),
        fc.array(fc.tuple(fc.nat(), fc.constantFrom(...URI_ALPHABET)), {
          minLength: 1,
          maxLength: 3,
        }),
        fc.option(fc.nat()),
        (scenario, flips, cutAt) => {
          let data = encodeScenarioToFragment(scenario).slice(FORMAT_PREFIX.length + 4);
          for (const [at, ch] of flips) {
            const i = at % data.length;
            data = data.slice(0, i) + ch + data.slice(i + 1);
          }
          if (cutAt !== null) data = data.slice(0, cutAt % (data.length + 1));
          expectWellFormed(decodeScenarioFragment(sealed(data)));
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('well-compressed payloads of any JSON never throw and never pollute Object.prototype', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => {
        expectWellFormed(decodeScenarioFragment(fragmentFromPackedJson(JSON.stringify(value))));
      }),
      { numRuns: 1000 },
    );
    expect(Object.keys(Object.prototype)).toEqual([]);
  });

  it('packed documents with random parts never throw', () => {
    const part = fc.oneof(fc.constant(0), fc.jsonValue({ maxDepth: 3 }));
    const packedish = fc.tuple(
      fc.oneof(fc.constant(1), fc.integer()),
      part,
      fc.array(fc.array(part, { maxLength: 7 }), { maxLength: 4 }),
      fc.array(fc.array(fc.oneof(fc.nat(5), part), { maxLength: 5 }), { maxLength: 4 }),
      part,
      part,
      part,
    );
    fc.assert(
      fc.property(packedish, (packed) => {
        expectWellFormed(decodeScenarioFragment(fragmentFromPackedJson(JSON.stringify(packed))));
      }),
      { numRuns: 1000 },
    );
    expect(Object.keys(Object.prototype)).toEqual([]);
  });
});
