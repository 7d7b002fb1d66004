import { roundForDisplay, roundToCent } from './rounding.ts';

describe('rounding as AWS prints its examples', () => {
  it('rounds half-up to the cent, immune to binary noise', () => {
    expect(roundToCent(1.488)).toBe(1.49);
    expect(roundToCent(2.333338)).toBe(2.33);
    expect(roundToCent(1.005)).toBe(1.01);
    expect(roundToCent(0.125)).toBe(0.13);
    expect(roundToCent(0)).toBe(0);
  });

  it('rounds each line, then adds the rounded lines', () => {
    const exact = {
      usd: 0.004 * 3,
      lines: [0.004, 0.004, 0.004].map((usd) => ({
        item: 'x',
        label: 'x',
        quantity: 1,
        unit: 'u',
        usd,
      })),
    };
    // Exactly 1.2 cents overall, but each line prints $0.00, so the printed total is $0.00.
    expect(roundForDisplay(exact).usd).toBe(0);
    expect(exact.usd).toBeCloseTo(0.012, 12);
  });
});
