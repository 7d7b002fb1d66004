import { galleryScenario } from '../test-support/gallery-run.ts';
import { isOtherDocument, runKey, traceKey } from './sim-key.ts';

describe('which edits change a run', () => {
  const base = galleryScenario('rest-api');

  it('ignores moves, renames and the playback speed', () => {
    const moved = structuredClone(base);
    moved.nodes[0]!.position = { x: 500, y: 500 };
    moved.nodes[0]!.label = 'browsers';
    moved.settings.speed = 10;
    expect(runKey(moved)).toBe(runKey(base));
  });

  it('keeps the trace but not the bill when a pricing switch changes', () => {
    const free = structuredClone(base);
    free.settings.freeTier = true;
    expect(traceKey(free)).toBe(traceKey(base));
    expect(runKey(free)).not.toBe(runKey(base));
  });

  it('makes a new run for a config, traffic or seed change', () => {
    for (const edit of [
      (s: typeof base) => (s.nodes[2]!.config.memoryMb = 2048),
      (s: typeof base) => (s.traffic['web-clients']!.ratePerSec = 5),
      (s: typeof base) => (s.settings.seed = 7),
    ]) {
      const changed = structuredClone(base);
      edit(changed);
      expect(traceKey(changed)).not.toBe(traceKey(base));
    }
  });

  it('tells another document from an edit', () => {
    const edited = structuredClone(base);
    edited.nodes[2]!.config.memoryMb = 2048;
    expect(isOtherDocument(base, edited)).toBe(false);
    expect(isOtherDocument(base, galleryScenario('order-fanout'))).toBe(true);
  });
});
