// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useRun } from '../run/run-store.ts';
import { galleryRun } from '../test-support/gallery-run.ts';
import { ComparePanel } from './ComparePanel.tsx';

afterEach(() => {
  useRun.getState().setRun(null, null);
  useRun.getState().pin(null);
});

describe('comparing runs', () => {
  it('pins a run, then shows the next run side by side with the differences', async () => {
    const user = userEvent.setup();
    const before = galleryRun('rest-api');
    const after = galleryRun('rest-api', (s) => {
      s.nodes[2]!.config.provisionedConcurrency = 10;
    });
    useRun.getState().setRun(before, 'a');
    render(<ComparePanel />);
    await user.click(screen.getByRole('button', { name: 'Pin this run' }));
    expect(screen.getByText(/Same scenario, same seed: the same numbers/)).toBeInTheDocument();

    act(() => useRun.getState().setRun(after, 'b'));
    expect(screen.getByText(/create-order: Provisioned concurrency 0 → 10/)).toBeInTheDocument();
    const summary = screen.getByTestId('compare-summary').textContent ?? '';
    expect(summary).toMatch(/^B vs A: cold starts −\d+ %, cost \+\$[\d.,]+\/month/);

    const row = screen.getByRole('row', { name: /Cold starts/ });
    expect(row).toHaveTextContent(String(before.result.totals.coldStarts));
    expect(row).toHaveTextContent(String(after.result.totals.coldStarts));
    expect(screen.getByRole('row', { name: /Cost per month/ })).toHaveTextContent('/month');

    await user.click(screen.getByRole('button', { name: 'Unpin' }));
    expect(screen.getByRole('button', { name: 'Pin this run' })).toBeInTheDocument();
  });

  it('cannot pin before there is a run', () => {
    render(<ComparePanel />);
    expect(screen.getByRole('button', { name: 'Pin this run' })).toBeDisabled();
  });
});
