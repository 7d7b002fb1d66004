// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from '../../ui/router/index.ts';
import { stubDialog } from '../../ui/test-support/dialog-stub.ts';
import { ExamRound } from './ExamRound.tsx';
import { useQuizProgress } from './progress-store.ts';
import { SAMPLE } from './test-questions.ts';

beforeAll(stubDialog);
beforeEach(() => {
  localStorage.clear();
  useQuizProgress.getState().reset();
});

describe('a timed exam', () => {
  it('gives no feedback until the end, then scores and saves it', async () => {
    const user = userEvent.setup();
    render(
      <MemoryRouter>
        <ExamRound questions={SAMPLE} />
      </MemoryRouter>,
    );
    expect(screen.getByRole('timer')).toHaveTextContent('30:00');
    expect(screen.getByText('Question 1 of 4')).toBeInTheDocument();

    // Answer the first question shown (random order) with its right answer, leave the rest.
    const legend = screen.getByRole('group').querySelector('legend')!.textContent!;
    const first = SAMPLE.find((q) =>
      legend.startsWith(q.question.replace(/ \(Choose two\.\)$/, '')),
    )!;
    for (const i of first.answer) await user.click(screen.getByLabelText(first.options[i]!));
    expect(screen.queryByText('Correct.')).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Finish exam' }));
    expect(screen.getByText(/3 questions are still unanswered/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Finish now' }));

    expect(screen.getByRole('heading', { name: 'Timed exam: your score' })).toBeInTheDocument();
    expect(screen.getByTestId('round-score')).toHaveTextContent('1 of 4');
    expect(screen.getAllByText('Not answered')).toHaveLength(3);
    const { progress } = useQuizProgress.getState();
    expect(progress.exams).toEqual([expect.objectContaining({ score: 1, total: 4 })]);
    expect(Object.keys(progress.answers)).toHaveLength(4);
  });
});
