import { readdirSync, readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { closeDialogIfOpen, nodeByLabel } from './helpers.ts';

interface Question {
  id: string;
  topic: string;
  type: 'single' | 'multiple';
  question: string;
  options: string[];
  answer: number[];
}

// The bank is every content/quiz/*.json, questions.json first, then by name (as the app reads it).
const quizFolder = new URL('../content/quiz/', import.meta.url);
const questions = readdirSync(quizFolder)
  .filter((name) => name.endsWith('.json'))
  .sort((a, b) => (a === 'questions.json' ? -1 : b === 'questions.json' ? 1 : a < b ? -1 : 1))
  .flatMap((name) => JSON.parse(readFileSync(new URL(name, quizFolder), 'utf8')) as Question[]);

/** The topic with the fewest questions keeps the round short. */
function smallestTopic() {
  const counts = new Map<string, number>();
  for (const q of questions) counts.set(q.topic, (counts.get(q.topic) ?? 0) + 1);
  const [topic] = [...counts].sort((a, b) => a[1] - b[1])[0]!;
  const page = readFileSync(new URL(`../content/concepts/${topic}.md`, import.meta.url), 'utf8');
  const title = /^title:\s*['"]?(.+?)['"]?\s*$/m.exec(page)![1]!;
  return { topic, title, round: questions.filter((q) => q.topic === topic) };
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const stripChoose = (text: string) => text.replace(/\s*\(Choose \w+\.?\)\s*$/i, '');

async function answer(page: Page, question: Question, indexes: number[]) {
  const role = question.type === 'single' ? 'radio' : 'checkbox';
  for (const i of indexes) {
    await page.getByRole(role, { name: question.options[i]!, exact: true }).check();
  }
}

test('"Learn about AWS Lambda" in a node’s inspector opens its concept page', async ({ page }) => {
  await page.goto('./#/example/rest-api');
  await closeDialogIfOpen(page);
  await nodeByLabel(page, 'create-order').click();
  await page.getByRole('link', { name: 'Learn about AWS Lambda' }).click();
  await expect(page).toHaveURL(/#\/learn\/aws-lambda$/);
  await expect(page.getByRole('heading', { level: 1, name: 'AWS Lambda' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Sources' })).toBeVisible();
});

test('search finds "cold start", with highlighted matches and keyboard navigation', async ({
  page,
}) => {
  await page.goto('./#/learn');
  await expect(page.getByRole('heading', { level: 1, name: 'Learn serverless' })).toBeVisible();
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog', { name: 'Search' });
  const input = dialog.getByRole('combobox', { name: 'Search pages and glossary' });
  await expect(input).toBeFocused();
  await input.pressSequentially('cold start');
  const options = dialog.getByRole('option');
  await expect(options.first()).toContainText('Cold starts');
  await expect(options.first().locator('mark').first()).toHaveText(/^cold$/i);
  await expect(dialog.getByRole('option', { name: /Cold start.*Glossary/ })).toBeVisible();

  await input.press('ArrowDown');
  await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
  await input.press('ArrowUp');
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  await input.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page).toHaveURL(/#\/learn\/cold-starts$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Cold starts' })).toBeVisible();

  // Ctrl+K opens it again; Escape closes it.
  await page.keyboard.press('Control+k');
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('a "Try it" link opens the Explorer with the scenario', async ({ page }, testInfo) => {
  await page.goto('./#/learn/cold-starts');
  await page.getByRole('article').getByRole('link', { name: 'Try it: the cold start lab' }).click();
  await expect(page).toHaveURL(/#\/$/);
  await closeDialogIfOpen(page);
  await expect(nodeByLabel(page, 'profile-plain')).toBeVisible();
  await expect(nodeByLabel(page, 'profile-provisioned')).toBeVisible();
  // The lab's init-code and SnapStart functions, with the settings that make them what they are.
  for (const label of ['profile-init-code', 'profile-snapstart', 'profile-py-snapstart'])
    await expect(nodeByLabel(page, label)).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('cold-start-lab.png') });
  await nodeByLabel(page, 'profile-py-snapstart').focus();
  await page.keyboard.press('Enter');
  const inspector = page.getByRole('complementary', { name: 'Inspector' });
  await expect(inspector.getByRole('combobox', { name: /^Runtime/ })).toHaveValue('python');
  await expect(inspector.getByRole('checkbox', { name: /^SnapStart/ })).toBeChecked();
  await expect(inspector.getByRole('spinbutton', { name: /^Init code/ })).toHaveValue('1500');
});

test('glossary terms explain themselves on focus; section links scroll, not route', async ({
  page,
}) => {
  await page.goto('./#/learn/cold-starts#remedies-and-their-limits');
  const section = page.getByRole('heading', { level: 2, name: /Remedies and their limits/ });
  await expect(section).toBeInViewport();
  // Only the page scrolls: the app header stays on screen.
  await expect(page.getByRole('banner')).toBeInViewport();

  const term = page
    .getByRole('article')
    .getByRole('link', { name: 'warm start', exact: true })
    .first();
  await term.focus();
  await expect(page.getByRole('tooltip')).toBeVisible();
  await expect(term).toHaveAccessibleDescription(/already initialized/);
  await term.click();
  await expect(page).toHaveURL(/#\/glossary\/warm-start$/);
  await expect(page.locator('#warm-start')).toBeInViewport();

  await page.goto('./#/learn/no-such-page');
  await expect(page.getByRole('heading', { name: /There is no page called/ })).toBeVisible();
  await expect(page.getByRole('link', { name: /^Cold starts/ })).toBeVisible();
});

test('a quiz round is scored, the review shows the wrong answers, progress survives reload', async ({
  page,
}) => {
  const { title, round } = smallestTopic();
  const [first] = round;
  await page.goto('./#/quiz');
  await page.getByRole('link', { name: new RegExp(`^${escape(title)}`) }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Practice: ${title}` })).toBeVisible();

  for (const [i, question] of round.entries()) {
    await expect(page.getByText(`Question ${i + 1} of ${round.length}`)).toBeVisible();
    // The first answer is wrong on purpose: one wrong option, or one right option too few.
    const wrong = question.options.findIndex((_, o) => !question.answer.includes(o));
    const picks =
      i > 0
        ? question.answer
        : question.type === 'single'
          ? [wrong]
          : [wrong, ...question.answer.slice(1)];
    await answer(page, question, picks);
    await page.getByRole('button', { name: 'Check answer' }).click();
    await expect(page.getByText(i > 0 ? 'Correct.' : /^Not quite\./)).toBeVisible();
    const last = i === round.length - 1;
    await page.getByRole('button', { name: last ? 'See your score' : 'Next question' }).click();
  }

  await expect(page.getByTestId('round-score')).toContainText(
    `${round.length - 1} of ${round.length}`,
  );
  const wrong = page.getByRole('region', { name: 'Wrong answers (1)' });
  await expect(wrong).toContainText(stripChoose(first!.question));

  await page.getByRole('link', { name: 'Review wrong answers' }).click();
  await expect(page.getByRole('heading', { name: 'Review of wrong answers' })).toBeVisible();
  await expect(page.getByText('Question 1 of 1')).toBeVisible();
  await expect(page.getByRole('group')).toContainText(stripChoose(first!.question));

  await page.goto('./#/quiz');
  const tally = page.getByTestId('progress-tally');
  await expect(tally).toContainText(`Answered ${round.length} of ${questions.length}`);
  await expect(page.getByTestId('review-count')).toHaveText(
    '1 question answered wrongly last time.',
  );
  await page.reload();
  await expect(tally).toContainText(`Answered ${round.length} of ${questions.length}`);
  await expect(page.getByTestId('review-count')).toHaveText(
    '1 question answered wrongly last time.',
  );
  await expect(page.getByRole('link', { name: new RegExp(`^${escape(title)}`) })).toContainText(
    `${round.length - 1} of ${round.length} right`,
  );
});
