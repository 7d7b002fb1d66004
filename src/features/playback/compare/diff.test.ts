import type { SimResult } from '../../../domain/sim/index.ts';
import { galleryRun } from '../test-support/gallery-run.ts';
import { costChange, diffRows, diffSummary, msChange, relativeChange } from './diff.ts';
import { scenarioChanges } from './scenario-diff.ts';

type Metrics = Omit<SimResult, 'trace'>;

/** A run's metrics with some numbers replaced. */
function tweak(base: Metrics, coldStarts: number, monthly: number, p99: number): Metrics {
  return {
    ...base,
    totals: { ...base.totals, coldStarts },
    latency: { ...base.latency, p99Ms: p99 },
    cost: base.cost && { ...base.cost, monthly: { ...base.cost.monthly, usd: monthly } },
  };
}

describe('the wording of differences', () => {
  it('says relative changes of counts, with a real minus sign', () => {
    expect(relativeChange(50, 2)).toBe('−96 %');
    expect(relativeChange(100, 105)).toBe('+5 %');
    expect(relativeChange(1000, 1012)).toBe('+1.2 %');
    expect(relativeChange(0, 12)).toBe('0 → 12');
    expect(relativeChange(12, 0)).toBe('−100 %');
    expect(relativeChange(7, 7)).toBe('');
  });

  it('says money per month and milliseconds as absolute changes', () => {
    expect(costChange(1.2, 5.3)).toBe('+$4.10/month');
    expect(costChange(5.3, 1.2)).toBe('−$4.10/month');
    expect(costChange(1, 1.001)).toBe('');
    expect(msChange(500, 120)).toBe('−380 ms');
    expect(msChange(120, 1620)).toBe('+1.5 s');
  });

  it('puts the headline together in the order a learner reads it', () => {
    const base = galleryRun('rest-api').result;
    const a = tweak(base, 50, 1.2, 500);
    const b = tweak(base, 2, 5.3, 120);
    expect(diffSummary(a, b)).toBe('cold starts −96 %, cost +$4.10/month, p99 −380 ms');
    expect(diffSummary(a, a)).toBe('No difference in the headline numbers.');
  });

  it('marks each row better or worse', () => {
    const base = galleryRun('rest-api').result;
    const rows = diffRows(tweak(base, 50, 1.2, 500), tweak(base, 2, 5.3, 120));
    const row = (label: string) => rows.find((r) => r.label === label);
    expect(row('Cold starts')).toMatchObject({ a: '50', b: '2', change: '−96 %', better: true });
    expect(row('Cost per month')).toMatchObject({ change: '+$4.10/month', better: false });
    expect(row('Latency p99')).toMatchObject({ change: '−380 ms', better: true });
    expect(row('Requests')?.better).toBeNull();
  });
});

describe('what changed between two scenarios', () => {
  it('names the node, the field and both values', () => {
    const a = galleryRun('rest-api').scenario;
    const b = structuredClone(a);
    b.nodes[2]!.config.provisionedConcurrency = 20;
    b.traffic['web-clients']!.ratePerSec = 50;
    expect(scenarioChanges(a, b)).toEqual([
      'web-clients: rate 20 → 50',
      'create-order: Provisioned concurrency 0 → 20',
    ]);
  });
});
