import { galleryRun } from '../test-support/gallery-run.ts';
import { nodeCosts } from './cost-model.ts';

describe('the cost of each node, at time T', () => {
  it('grows while the run plays and reaches the node’s whole-run cost at the end', () => {
    const run = galleryRun('rest-api');
    const labels = new Map<string, string>();
    const at = (t: number) => new Map(nodeCosts(run.result, labels, t).map((n) => [n.nodeId, n]));
    const early = at(run.durationMs / 4);
    const end = at(run.durationMs);
    expect(end.size).toBeGreaterThan(0);
    for (const [id, n] of end) {
      expect(n.soFar).not.toBeNull();
      expect(n.soFar!).toBeCloseTo(n.usd, 12);
      if (n.usd > 0) expect(early.get(id)!.soFar!).toBeLessThan(n.soFar!);
    }
  });
});
