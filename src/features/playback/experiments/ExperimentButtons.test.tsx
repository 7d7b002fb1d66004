// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { clearHistory, undo, useDiagram } from '../../../store/diagram-store.ts';
import { useNotices } from '../../../store/notices-store.ts';
import { galleryScenario } from '../test-support/gallery-run.ts';
import { ExperimentButtons } from './ExperimentButtons.tsx';

describe('one-click experiments in the inspector', () => {
  it('apply as one undoable edit and say what to watch', async () => {
    const user = userEvent.setup();
    useDiagram.getState().replace(galleryScenario('rest-api'));
    clearHistory();
    render(<ExperimentButtons sourceId="web-clients" />);
    await user.click(screen.getByRole('button', { name: 'Hit the concurrency limit' }));
    const edited = useDiagram.getState().scenario;
    expect(edited.nodes.find((n) => n.id === 'create-order')?.config.reservedConcurrency).toBe(2);
    expect(edited.traffic['web-clients']?.ratePerSec).toBe(100);
    expect(useNotices.getState().notices.at(-1)?.message).toMatch(/watch the throttles/);
    undo();
    expect(useDiagram.getState().scenario.traffic['web-clients']?.ratePerSec).toBe(20);
    expect(screen.getByRole('button', { name: 'Burst ×10' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Go idle for 15 min' })).toBeInTheDocument();
  });
});
