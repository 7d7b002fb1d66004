// @vitest-environment jsdom
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useDiagram } from '../../store/diagram-store.ts';
import { REST_API_UNWIRED } from './checks/test-diagrams.ts';
import type { Lesson } from '../../domain/lessons/lesson-schema.ts';
import { LessonPanel } from './LessonPanel.tsx';
import { PROGRESS_KEY } from './progress.ts';
import { useLessonProgress } from './progress-store.ts';
import { lessonScenarioName } from './start-scenario.ts';

const lesson: Lesson = {
  id: 'panel-test',
  title: 'Panel test',
  summary: 'A lesson for the component test.',
  minutes: 2,
  concepts: [],
  start: { empty: true },
  steps: [
    {
      id: 'wire',
      title: 'Connect API Gateway to the function',
      text: 'Connect them. [AWS Lambda](#/learn/aws-lambda)',
      checks: [{ type: 'edge', from: 'api-gateway', to: 'lambda' }],
      success: 'Wired.',
    },
    {
      id: 'run',
      title: 'Run it',
      text: 'Guess, then check.',
      predict: {
        type: 'choice',
        question: 'How many cold starts?',
        metric: 'coldStarts',
        options: [
          { label: 'None', max: 1 },
          { label: 'Some', min: 1 },
        ],
      },
      checks: [{ type: 'metric', metric: 'coldStarts', op: 'gte', value: 1 }],
      success: 'Ran.',
    },
  ],
};

function openLesson() {
  useDiagram.getState().replace({ ...REST_API_UNWIRED, name: lessonScenarioName(lesson) });
  return render(<LessonPanel lesson={lesson} />);
}

const saved = () => JSON.parse(localStorage.getItem(PROGRESS_KEY) ?? 'null');
const status = () => screen.getByRole('status');

beforeEach(() => {
  localStorage.clear();
  useLessonProgress.getState().load(true);
});

describe('the lesson panel', () => {
  it('is a landmark with a heading, and passes a diagram step as soon as the diagram is right', async () => {
    const user = userEvent.setup();
    openLesson();
    const panel = screen.getByRole('complementary', { name: /Panel test/ });
    expect(within(panel).getByRole('heading', { level: 2 })).toHaveTextContent('Panel test');
    expect(within(panel).getByRole('link', { name: 'AWS Lambda' })).toHaveAttribute(
      'href',
      '#/learn/aws-lambda',
    );
    expect(status()).toHaveTextContent('');

    await user.click(screen.getByRole('button', { name: 'Check my work' }));
    expect(status()).toHaveTextContent(
      'Not yet: Amazon API Gateway is not connected to AWS Lambda yet.',
    );

    act(() => {
      useDiagram.getState().connect('api', 'fn');
    });
    expect(status()).toHaveTextContent('Step passed! Wired.');
    expect(screen.getByRole('button', { name: /Step 1: .* \(passed\)/ })).toBeInTheDocument();
    expect(saved().lessons['panel-test'].passed).toEqual(['wire']);
  });

  it('asks for a prediction before a run, then compares it with the result', async () => {
    const user = userEvent.setup();
    openLesson();
    act(() => {
      useDiagram.getState().connect('api', 'fn');
    });
    await user.click(screen.getByRole('button', { name: 'Next step' }));
    expect(screen.getByRole('heading', { level: 3 })).toHaveTextContent('Run it');

    const check = screen.getByRole('button', { name: 'Check my work' });
    check.focus();
    await user.keyboard('{Enter}');
    expect(status()).toHaveTextContent('Make your prediction first, then check.');

    await user.click(screen.getByRole('radio', { name: 'None' }));
    await user.click(check);
    await waitFor(() => expect(status()).toHaveTextContent('Step passed! Ran.'), {
      timeout: 10_000,
    });
    expect(screen.getByTestId('reveal')).toHaveTextContent(
      /^You guessed “None”; it was \d+ cold starts?\. That is “Some”\.$/,
    );
    expect(saved().lessons['panel-test']).toMatchObject({
      step: 1,
      passed: ['wire', 'run'],
      guesses: { run: 0 },
    });
  }, 15_000);

  it('keeps its place and the locked guess across a reload', async () => {
    localStorage.setItem(
      PROGRESS_KEY,
      JSON.stringify({
        version: 1,
        lessons: {
          'panel-test': {
            step: 1,
            passed: ['wire', 'run'],
            guesses: { run: 1 },
            actuals: { run: 3 },
          },
        },
      }),
    );
    useLessonProgress.getState().load(true);
    openLesson();
    expect(screen.getByRole('heading', { level: 3 })).toHaveTextContent('Run it');
    expect(screen.getByText('Your prediction:')).toBeInTheDocument();
    expect(screen.queryByRole('radio')).not.toBeInTheDocument();
    expect(screen.getByTestId('reveal')).toHaveTextContent(
      'You guessed “Some”; it was 3 cold starts. Well predicted.',
    );
    expect(screen.getByText(/lesson complete/)).toBeInTheDocument();
  });

  it('says so when saved progress is unreadable, and starts afresh', () => {
    localStorage.setItem(PROGRESS_KEY, '{"version":1,"lessons":');
    useLessonProgress.getState().load(true);
    openLesson();
    expect(screen.getByRole('alert')).toHaveTextContent('could not be read (it is not valid JSON)');
    expect(screen.getByRole('heading', { level: 3 })).toHaveTextContent('Connect API Gateway');
  });

  it('restarts only after confirmation', async () => {
    const user = userEvent.setup();
    useLessonProgress.getState().update('panel-test', (l) => ({ ...l, step: 1, passed: ['wire'] }));
    openLesson();
    await user.click(screen.getByRole('button', { name: 'Restart lesson' }));
    const ask = screen.getByRole('group', { name: 'Restart the lesson?' });
    expect(within(ask).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await user.click(within(ask).getByRole('button', { name: 'Cancel' }));
    expect(saved().lessons['panel-test'].passed).toEqual(['wire']);

    await user.click(screen.getByRole('button', { name: 'Restart lesson' }));
    await user.click(screen.getByRole('button', { name: 'Yes, restart' }));
    expect(saved().lessons['panel-test']).toEqual({
      step: 0,
      passed: [],
      guesses: {},
      actuals: {},
    });
    expect(useDiagram.getState().scenario.nodes).toEqual([]); // the lesson's (empty) start
    expect(screen.getByRole('button', { name: 'Restart lesson' })).toHaveFocus();
  });

  it('can be hidden to give the canvas its room back', async () => {
    const user = userEvent.setup();
    openLesson();
    const toggle = screen.getByRole('button', { name: 'Hide lesson' });
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await user.click(toggle);
    expect(screen.getByRole('button', { name: 'Show lesson' })).toHaveAttribute(
      'aria-expanded',
      'false',
    );
    expect(screen.queryByRole('button', { name: 'Check my work' })).not.toBeInTheDocument();
  });
});
