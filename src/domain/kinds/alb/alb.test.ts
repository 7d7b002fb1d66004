import { roundToCent } from '../../pricing/rounding.ts';
import { albCost } from './cost.ts';
import { lcuDimensions, lcusPerHour } from './lcu.ts';
import { admitToLambda, lambdaResponseStatus, pickTarget } from './routing.ts';

// Elastic Load Balancing pricing page (https://aws.amazon.com/elasticloadbalancing/pricing/),
// Application Load Balancer example, us-east-1: 1 new connection a second lasting 2 minutes,
// 5 requests a second, 300 KB processed a second, 60 rules; a month of 30 days × 24 h.
const AWS_EXAMPLE = {
  newConnectionsPerSec: 1,
  activeConnectionsPerMin: 120,
  processedGbPerHour: 1.08, // the page's own rounding of 300 KB/s × 3,600 s
  requestsPerSec: 5,
  rulesPerRequest: 60,
  lambdaTarget: false,
};

describe('ALB pricing page example', () => {
  it('computes each dimension as the page does', () => {
    const d = lcuDimensions(AWS_EXAMPLE);
    expect(d.newConnections).toBeCloseTo(0.04, 12);
    expect(d.activeConnections).toBeCloseTo(0.04, 12);
    expect(d.processedBytes).toBeCloseTo(1.08, 12);
    expect(d.ruleEvaluations).toBeCloseTo(0.25, 12); // (60 − 10 free) × 5 / 1,000
  });
  it('bills the highest dimension: $0.00864 an hour, $6.22 of LCUs + $16.20 of hours = $22.42', () => {
    expect(lcusPerHour(AWS_EXAMPLE) * 0.008).toBeCloseTo(0.00864, 12);
    const month = albCost(AWS_EXAMPLE, 24 * 30);
    expect(month.lines.map((l) => roundToCent(l.usd))).toEqual([16.2, 6.22]);
    expect(roundToCent(month.usd)).toBe(22.42);
  });
  it('gives Lambda targets only 0.4 GB per LCU', () => {
    expect(lcuDimensions({ ...AWS_EXAMPLE, lambdaTarget: true }).processedBytes).toBeCloseTo(
      2.7,
      12,
    );
  });
});

describe('ALB routing', () => {
  it('routes round-robin to healthy targets and answers 503 with none registered', () => {
    const targets = [{ healthy: true }, { healthy: false }, { healthy: true }];
    expect(pickTarget(targets, 0)).toBe(0);
    expect(pickTarget(targets, 1)).toBe(2);
    expect(pickTarget(targets, 3)).toBe(0);
    expect(pickTarget([], 0)).toBe(-1);
  });
  it('fails open when no target is healthy', () => {
    expect(pickTarget([{ healthy: false }, { healthy: false }], 1)).toBe(1);
  });
  it('enforces the 1 MB limits of Lambda targets', () => {
    expect(admitToLambda(1024)).toBeNull();
    expect(admitToLambda(1025)).toBe(413);
    expect(lambdaResponseStatus(2048)).toBe(502);
  });
});
