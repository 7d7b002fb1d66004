import { ALL_LINES_ON, designTotal, emptyDesign, includedLines } from './lines.ts';
import { describeCrossover, findCrossover, type SweepPoint } from './find.ts';
import { logRates } from './rates.ts';
import { runSweep } from './sweep.ts';

// A linear model of the two bills: Lambda pays per request, the containers a fixed month.
const point = (rate: number, lambdaPerReqPerSec: number, fixed: number): SweepPoint => ({
  ratePerSec: rate,
  lambda: { ...emptyDesign(), compute: rate * lambdaPerReqPerSec, frontDoor: rate },
  containers: { ...emptyDesign(), compute: fixed, frontDoor: 16.43 },
});

describe('the sweep rates', () => {
  it('spans 0.1 to 1,000 requests per second on a log scale with at least 12 points', () => {
    const rates = logRates();
    expect(rates.length).toBeGreaterThanOrEqual(12);
    expect(rates[0]).toBe(0.1);
    expect(rates.at(-1)).toBe(1000);
    const ratios = rates.slice(1).map((r, i) => r / (rates[i] as number));
    for (const q of ratios) expect(q).toBeCloseTo(ratios[0] as number, 2);
  });
});

describe('finding the crossover', () => {
  it('interpolates where the bills cross and says it in words', () => {
    const points = logRates().map((r) => point(r, 9, 36));
    // 9r + r = 36 + 16.43 → r = 5.243
    const c = findCrossover(points, ALL_LINES_ON);
    expect(c.kind).toBe('crossing');
    if (c.kind !== 'crossing') return;
    expect(c.lambdaCheaperBelow).toBe(true);
    expect(c.ratePerSec).toBeGreaterThan(4.6);
    expect(c.ratePerSec).toBeLessThan(6);
    expect(describeCrossover(c)).toMatch(
      /^At these settings, below ≈ 5(\.\d)? requests per second \(≈ 1\d million a month\) Lambda costs less/,
    );
  });
  it('moves when a line is switched off', () => {
    const points = logRates().map((r) => point(r, 9, 36));
    const without = findCrossover(points, { ...ALL_LINES_ON, frontDoor: false });
    // 9r = 36 → r = 4
    expect(without.kind === 'crossing' && without.ratePerSec).toBeCloseTo(4, 0);
    expect(includedLines({ ...ALL_LINES_ON, frontDoor: false })).not.toMatch(/front door/);
  });
  it('says when one design is cheaper everywhere', () => {
    const cheap = logRates().map((r) => point(r, 0.0001, 1e6));
    expect(describeCrossover(findCrossover(cheap, ALL_LINES_ON))).toMatch(
      /Lambda costs less at every rate/,
    );
  });
  it('never gives a negative total', () => {
    expect(designTotal(emptyDesign(), ALL_LINES_ON)).toBe(0);
  });
});

describe('running a sweep', () => {
  it('reports each point and stops when cancelled', async () => {
    const seen: number[] = [];
    let stop = false;
    const result = await runSweep([1, 2, 3, 4], (r) => point(r, 1, 1), {
      onPoint: (p) => {
        seen.push(p.done);
        if (p.done === 2) stop = true;
      },
      cancelled: () => stop,
    });
    expect(result).toBeNull();
    expect(seen).toEqual([1, 2]);
  });
});
