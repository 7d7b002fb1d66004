// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from '../../../ui/router/index.ts';
import { Inspector } from './Inspector.tsx';
import { clearHistory, undo, useDiagram } from '../../../store/diagram-store.ts';
import { useSelection } from '../../../store/selection-store.ts';
import { emptyScenario } from '../../../domain/diagram/index.ts';

function setup() {
  useDiagram.getState().replace(emptyScenario('test'));
  const added = useDiagram.getState().addNode('lambda', { x: 0, y: 0 });
  if (!added.ok || !added.id) throw new Error('add failed');
  clearHistory();
  useSelection.getState().select([added.id]);
  render(
    <MemoryRouter>
      <Inspector />
    </MemoryRouter>,
  );
  const config = () => useDiagram.getState().scenario.nodes[0]!.config;
  return { config };
}

describe('the inspector of a Lambda function', () => {
  it('writes a valid memory on Enter, as one undoable edit', async () => {
    const { config } = setup();
    const user = userEvent.setup();
    const memory = screen.getByLabelText(/^Memory/);
    await user.clear(memory);
    await user.type(memory, '2048{Enter}');
    expect(config().memoryMb).toBe(2048);
    expect(useDiagram.temporal.getState().pastStates).toHaveLength(1);
    undo();
    expect(config().memoryMb).toBe(512);
  });

  it('refuses 50 MB with the real limit and keeps the document unchanged', async () => {
    const { config } = setup();
    const user = userEvent.setup();
    const memory = screen.getByLabelText(/^Memory/);
    await user.clear(memory);
    await user.type(memory, '50');
    expect(memory).toHaveAttribute('aria-invalid', 'true');
    expect(
      screen.getByText('Memory must be between 128 and 10,240 MB (the AWS Lambda limit).'),
    ).toBeInTheDocument();
    await user.keyboard('{Enter}');
    expect(config().memoryMb).toBe(512);
  });

  it('refuses a 20-minute timeout and accepts 900 s', async () => {
    const { config } = setup();
    const user = userEvent.setup();
    const timeout = screen.getByLabelText(/^Timeout/);
    await user.clear(timeout);
    await user.type(timeout, '1200');
    await user.tab();
    expect(
      screen.getByText(/Timeout must be between 1 and 900 s \(Lambda allows at most 15 minutes\)/),
    ).toBeInTheDocument();
    expect(config().timeoutSec).toBe(3);
    await user.clear(timeout);
    await user.type(timeout, '900{Enter}');
    expect(config().timeoutSec).toBe(900);
    expect(timeout).not.toHaveAttribute('aria-invalid');
  });

  it('links to the concept page', () => {
    setup();
    expect(screen.getByRole('link', { name: 'Learn about AWS Lambda' })).toHaveAttribute(
      'href',
      '#/learn/aws-lambda',
    );
  });
});

describe('the visibility-timeout advice on an SQS → Lambda mapping', () => {
  it('warns below 6 × the function timeout and says why, then disappears at 6 ×', () => {
    useDiagram.getState().replace(emptyScenario('test'));
    const queue = useDiagram.getState().addNode('sqs', { x: 0, y: 0 });
    const fn = useDiagram.getState().addNode('lambda', { x: 300, y: 0 });
    if (!queue.ok || !fn.ok || !queue.id || !fn.id) throw new Error('add failed');
    useDiagram.getState().connect(queue.id, fn.id);
    // Default queue visibility 30 s; a function timeout of 60 s outlives it.
    useDiagram.getState().setConfig(fn.id, 'timeoutSec', 60);
    useSelection.getState().select([queue.id]);
    const { unmount } = render(
      <MemoryRouter>
        <Inspector />
      </MemoryRouter>,
    );
    const advice = screen.getByRole('region', { name: 'Visibility timeout advice' });
    expect(advice).toHaveTextContent(/delivered twice/);
    expect(advice).toHaveTextContent(/at least 360 s/);
    unmount();
    useDiagram.getState().setConfig(queue.id, 'visibilityTimeoutSec', 360);
    render(
      <MemoryRouter>
        <Inspector />
      </MemoryRouter>,
    );
    expect(screen.queryByRole('region', { name: 'Visibility timeout advice' })).toBeNull();
  });
});
