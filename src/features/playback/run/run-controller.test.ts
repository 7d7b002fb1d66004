// @vitest-environment jsdom
import { clearHistory, useDiagram } from '../../../store/diagram-store.ts';
import { useNotices } from '../../../store/notices-store.ts';
import { usePlayback } from '../../../store/playback-store.ts';
import { currentTime, installLoop, seekTo } from '../loop/playback-loop.ts';
import { galleryScenario } from '../test-support/gallery-run.ts';
import { pause, play, restart, step } from '../transport/actions.ts';
import { useRun } from './run-store.ts';
import { resetPlayback, watchDiagram } from './run-controller.ts';

const ready = () =>
  expect.poll(() => usePlayback.getState().status, { timeout: 20_000 }).toBe('ready');
let stop: (() => void)[] = [];

beforeEach(() => {
  useDiagram.getState().replace(galleryScenario('rest-api'));
  clearHistory();
  resetPlayback(useDiagram.getState().scenario);
  useNotices.setState({ notices: [] });
  stop = [installLoop(), watchDiagram()];
});
afterEach(() => {
  pause();
  for (const s of stop) s();
});

describe('the run behind the playback', () => {
  it('is made when Play is pressed, then plays from the start', async () => {
    expect(usePlayback.getState().status).toBe('empty');
    await play();
    await ready();
    expect(useRun.getState().run?.result.requests.total).toBeGreaterThan(1000);
    expect(usePlayback.getState()).toMatchObject({ playing: true, durationMs: 300_000 });
  });

  it('Step pauses and moves to the next happening', async () => {
    await step();
    await ready();
    const run = useRun.getState().run!;
    expect(usePlayback.getState().playing).toBe(false);
    expect(currentTime()).toBe(run.trace.happenings.t[0]);
    await step();
    expect(currentTime()).toBe(run.trace.happenings.t[1]);
    expect(usePlayback.getState().stepped).toBe(1);
  });

  it('restarts from the edited scenario, with a message, when the diagram is edited while playing', async () => {
    await play();
    await ready();
    const first = useRun.getState().run;
    useDiagram.getState().setConfig('create-order', 'memoryMb', 2048);
    await expect.poll(() => useRun.getState().run !== first, { timeout: 20_000 }).toBe(true);
    expect(useRun.getState().run?.scenario.nodes[2]?.config.memoryMb).toBe(2048);
    expect(useNotices.getState().notices.map((n) => n.message)).toContain(
      'You changed the diagram: the run restarted from the edited scenario.',
    );
    expect(usePlayback.getState().playing).toBe(true);
  });

  it('keeps the time when only a pricing switch changes (same trace, another bill)', async () => {
    await step();
    await ready();
    seekTo(120_000);
    const before = useRun.getState().run;
    useDiagram.getState().setSettings({ freeTier: true });
    await expect.poll(() => useRun.getState().run !== before, { timeout: 20_000 }).toBe(true);
    expect(useRun.getState().run?.result.cost?.options.freeTier).toBe(true);
    expect(currentTime()).toBe(120_000);
    expect(useNotices.getState().notices).toEqual([]);
  });

  it('Restart runs the same seed again: the same numbers', async () => {
    await play();
    await ready();
    const first = useRun.getState().run!.result;
    await restart();
    const again = useRun.getState().run!.result;
    expect(again).not.toBe(first);
    expect(again.requests).toEqual(first.requests);
    expect(again.latency).toEqual(first.latency);
    expect(again.cost?.total.usd).toBe(first.cost?.total.usd);
  });

  it('is dropped when another document is opened', async () => {
    await play();
    await ready();
    useDiagram.getState().replace(galleryScenario('cold-start-lab'));
    await expect.poll(() => usePlayback.getState().status).toBe('empty');
    expect(useRun.getState().run).toBeNull();
    expect(usePlayback.getState().speed).toBe(100);
  });
});
