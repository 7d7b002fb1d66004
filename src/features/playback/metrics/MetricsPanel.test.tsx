// @vitest-environment jsdom
import { act, render, screen, within } from '@testing-library/react';
import { usePlayback } from '../../../store/playback-store.ts';
import { useRun } from '../run/run-store.ts';
import { galleryRun } from '../test-support/gallery-run.ts';
import { MetricsPanel } from './MetricsPanel.tsx';

const value = (id: string) => screen.getByTestId(`metric-${id}`).textContent;

afterEach(() => {
  useRun.getState().setRun(null, null);
  usePlayback.getState().set({ timeMs: 0 });
});

describe('the metrics panel', () => {
  it('asks for Play before there is a run', () => {
    render(<MetricsPanel />);
    expect(screen.getByText(/Press Play/)).toBeInTheDocument();
  });

  it('shows the numbers at the published time, and follows it', () => {
    const run = galleryRun('rest-api');
    useRun.getState().setRun(run, 'k');
    usePlayback.getState().set({ timeMs: 0, durationMs: run.durationMs });
    render(<MetricsPanel />);
    expect(value('requests')).toBe('0');
    expect(value('p99')).toBe('—');

    act(() => usePlayback.getState().set({ timeMs: 10_000 }));
    const early = Number(value('requests')?.replace(/,/g, ''));
    expect(early).toBeGreaterThan(100);
    expect(value('cold-share')).toMatch(/%$/);
    expect(value('p99')).toMatch(/ms$/);

    act(() => usePlayback.getState().set({ timeMs: run.durationMs }));
    expect(value('requests')).toBe(run.result.requests.total.toLocaleString('en-US'));
    expect(value('throttles')).toBe('0');
    expect(value('cost')).toMatch(/^\$0\.0\d/);
  });

  it('names every number and says what the whole run came to', () => {
    const run = galleryRun('rest-api');
    useRun.getState().setRun(run, 'k');
    usePlayback.getState().set({ timeMs: run.durationMs, durationMs: run.durationMs });
    render(<MetricsPanel />);
    const list = screen.getByLabelText('Metrics so far');
    for (const label of [
      'Requests',
      'Succeeded',
      'Errors',
      'Throttles',
      'Retries',
      'Dead letters',
      'Latency p50',
      'p95',
      'p99',
    ]) {
      expect(within(list).getByText(label)).toBeInTheDocument();
    }
    expect(screen.getByTestId('whole-run').textContent).toContain(
      `${run.result.requests.total.toLocaleString('en-US')} requests`,
    );
  });
});
