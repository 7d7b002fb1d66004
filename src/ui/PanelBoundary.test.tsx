// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PanelBoundary } from './PanelBoundary.tsx';

let shouldThrow = true;
function Flaky() {
  if (shouldThrow) throw new Error('boom');
  return <p>panel content</p>;
}

describe('PanelBoundary', () => {
  it('shows the crash in place and reloads the panel on request', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    render(
      <div>
        <PanelBoundary name="inspector">
          <Flaky />
        </PanelBoundary>
        <p>other panel</p>
      </div>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('The inspector failed to show.');
    expect(screen.getByText('other panel')).toBeInTheDocument();
    shouldThrow = false;
    await userEvent.click(screen.getByRole('button', { name: 'Reload this panel' }));
    expect(screen.getByText('panel content')).toBeInTheDocument();
  });
});
