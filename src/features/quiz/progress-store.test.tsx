// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from '../../ui/router/index.ts';
import { stubDialog } from '../../ui/test-support/dialog-stub.ts';
import { emptyProgress, serializeProgress } from './progress.ts';
import { PROGRESS_KEY, useQuizProgress } from './progress-store.ts';
import { ProgressProblem } from './ProgressProblem.tsx';
import { ProgressSummary } from './ProgressSummary.tsx';
import { SAMPLE } from './test-questions.ts';

beforeAll(stubDialog);
beforeEach(() => localStorage.clear());

describe('saved quiz progress', () => {
  it('survives a reload', () => {
    useQuizProgress.getState().reset();
    useQuizProgress.getState().answer('cs-01', true);
    useQuizProgress.setState({ progress: emptyProgress() }); // as if the page were fresh
    useQuizProgress.getState().load();
    expect(useQuizProgress.getState().progress.answers['cs-01']?.lastCorrect).toBe(true);
  });

  it('resets corrupt data with a message instead of crashing', async () => {
    localStorage.setItem(PROGRESS_KEY, '{"version":1,"answers":"oops"');
    useQuizProgress.getState().load();
    render(<ProgressProblem />);
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Your saved quiz progress could not be read (it is not valid JSON), so it has been reset.',
    );
    expect(localStorage.getItem(PROGRESS_KEY)).toBe(serializeProgress(emptyProgress()));
    await userEvent.click(screen.getByRole('button', { name: 'OK' }));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('resets only after confirmation', async () => {
    const user = userEvent.setup();
    useQuizProgress.getState().reset();
    useQuizProgress.getState().answer('cs-01', false);
    render(
      <MemoryRouter>
        <ProgressSummary questions={SAMPLE} />
      </MemoryRouter>,
    );
    expect(screen.getByTestId('progress-tally')).toHaveTextContent('Answered 1 of 4');
    await user.click(screen.getByRole('button', { name: 'Reset progress…' }));
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.getByTestId('progress-tally')).toHaveTextContent('Answered 1 of 4');
    await user.click(screen.getByRole('button', { name: 'Reset progress…' }));
    await user.click(screen.getByRole('button', { name: 'Reset progress' }));
    expect(screen.getByTestId('progress-tally')).toHaveTextContent('Answered 0 of 4');
    expect(localStorage.getItem(PROGRESS_KEY)).toBe(serializeProgress(emptyProgress()));
  });
});
