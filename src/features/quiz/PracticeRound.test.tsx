// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from '../../ui/router/index.ts';
import { PracticeRound } from './PracticeRound.tsx';
import { ReviewRound } from './ReviewRound.tsx';
import { wrongAnswerIds } from './progress.ts';
import { PROGRESS_KEY, useQuizProgress } from './progress-store.ts';
import { SAMPLE } from './test-questions.ts';

function renderRound() {
  render(
    <MemoryRouter initialEntries={['/quiz/topic/cold-starts']}>
      <Routes>
        <Route
          path="/quiz/topic/cold-starts"
          element={<PracticeRound title="Practice: Cold starts" questions={SAMPLE.slice(0, 3)} />}
        />
        <Route path="/quiz/review" element={<ReviewRound questions={SAMPLE} />} />
      </Routes>
    </MemoryRouter>,
  );
}

beforeEach(() => {
  localStorage.clear();
  useQuizProgress.getState().reset();
});

describe('a practice round', () => {
  it('gives instant feedback, scores the round and reviews the wrong answers', async () => {
    const user = userEvent.setup();
    renderRound();
    const check = () => screen.getByRole('button', { name: 'Check answer' });

    // 1: single answer, answered wrongly.
    expect(screen.getByText('Question 1 of 3')).toBeInTheDocument();
    expect(check()).toBeDisabled();
    await user.click(screen.getByRole('radio', { name: 'Alpha' }));
    await user.click(check());
    expect(screen.getByText(/Not quite\. The right answer is “Bravo”/)).toBeInTheDocument();
    expect(screen.getByText('Because of cs-01.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Read more: Cold starts' })).toHaveAttribute(
      'href',
      '#/learn/cold-starts',
    );
    expect(screen.getByRole('radio', { name: /^Bravo,\s*Right answer$/ })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Next question' }));

    // 2: multiple answers, checkboxes, "Choose two", right.
    const group = screen.getByRole('group', { name: 'Which two reduce cold starts? (Choose two)' });
    expect(within(group).getAllByRole('checkbox')).toHaveLength(4);
    await user.click(screen.getByRole('checkbox', { name: 'Provisioned concurrency' }));
    expect(check()).toBeDisabled();
    await user.click(screen.getByRole('checkbox', { name: 'SnapStart' }));
    await user.click(check());
    expect(screen.getByText('Correct.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Next question' }));

    // 3: a scenario question, right.
    expect(screen.getByRole('link', { name: /Open the scenario/ })).toHaveAttribute(
      'href',
      '#/example/cold-start-lab',
    );
    await user.click(screen.getByRole('radio', { name: 'Delta' }));
    await user.click(check());
    await user.click(screen.getByRole('button', { name: 'See your score' }));

    // The score, and the wrong answer with what was chosen and why.
    expect(screen.getByTestId('round-score')).toHaveTextContent('2 of 3');
    const wrong = screen.getByRole('region', { name: 'Wrong answers (1)' });
    expect(within(wrong).getByText('Question cs-01?')).toBeInTheDocument();
    expect(within(wrong).getByText('“Alpha”')).toBeInTheDocument();
    expect(within(wrong).getByText('“Bravo”')).toBeInTheDocument();

    // Saved, versioned, and offered for review.
    expect(wrongAnswerIds(useQuizProgress.getState().progress)).toEqual(['cs-01']);
    expect(JSON.parse(localStorage.getItem(PROGRESS_KEY) ?? '{}')).toMatchObject({ version: 1 });
    await user.click(screen.getByRole('link', { name: 'Review wrong answers' }));
    expect(screen.getByRole('heading', { name: 'Review of wrong answers' })).toBeInTheDocument();
    expect(screen.getByText('Question 1 of 1')).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Question cs-01?' })).toBeInTheDocument();

    // Right this time: it leaves the review list.
    await user.click(screen.getByRole('radio', { name: 'Bravo' }));
    await user.click(check());
    expect(wrongAnswerIds(useQuizProgress.getState().progress)).toEqual([]);
  });
});
