import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { closeDialogIfOpen, nodeByLabel, RUN_TIMEOUT, waitForSavedDiagram } from './helpers.ts';

const panel = (page: Page) => page.getByRole('complementary', { name: /^Lesson/ });
const lessonStatus = (page: Page) => panel(page).getByRole('status');
const palette = (page: Page) => page.getByRole('navigation', { name: 'Palette' });

async function addFromPalette(page: Page, label: string) {
  await palette(page).getByRole('button', { name: label, exact: true }).focus();
  await page.keyboard.press('Enter');
}

/** Selects a node from the keyboard and connects it through the "Connect to…" dialog. */
async function connectByKeyboard(page: Page, fromLabel: string, toLabel: string) {
  await nodeByLabel(page, fromLabel).focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('c');
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: new RegExp(`^${toLabel}`) }).focus();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
}

test('a lesson step passes once the learner makes the change, and progress survives a reload', async ({
  page,
}) => {
  await page.goto('./#/lesson/first-api');
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText(
    /Your first serverless API/,
  );
  // A first visit's welcome gallery does not cover the lesson, and the canvas starts empty.
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect(page.locator('.react-flow__node')).toHaveCount(0);

  await addFromPalette(page, 'HTTP clients');
  await expect(lessonStatus(page)).toContainText('Step passed!');
  await panel(page).getByRole('button', { name: 'Next step' }).click();

  await addFromPalette(page, 'Amazon API Gateway');
  await connectByKeyboard(page, 'Clients', 'API Gateway');
  await expect(lessonStatus(page)).toContainText('Step passed!');
  await panel(page).getByRole('button', { name: 'Next step' }).click();

  // Step 3: nothing connects API Gateway to a function yet — the check says so.
  await expect(panel(page).getByRole('heading', { level: 3 })).toContainText(
    'Connect API Gateway to a function',
  );
  await addFromPalette(page, 'AWS Lambda');
  await panel(page).getByRole('button', { name: 'Check my work' }).click();
  await expect(lessonStatus(page)).toContainText(
    'Not yet: Amazon API Gateway is not connected to AWS Lambda yet.',
  );

  // Connect with the inspector's "Connect to…" button.
  await nodeByLabel(page, 'API Gateway').click();
  await page
    .getByRole('complementary', { name: 'Inspector' })
    .getByRole('button', { name: 'Connect to…' })
    .click();
  await page
    .getByRole('dialog')
    .getByRole('button', { name: /^Lambda/ })
    .click();
  await expect(lessonStatus(page)).toContainText('Step passed!');
  await expect(panel(page).getByRole('button', { name: /^Step 3: .*\(passed\)$/ })).toBeVisible();

  // Reload: the lesson's diagram and its progress are both still there.
  await waitForSavedDiagram(page, { nodes: 3, edges: 2 }); // autosave writes a moment later
  await page.reload();
  await expect(panel(page).getByRole('heading', { level: 3 })).toContainText(
    'Connect API Gateway to a function',
  );
  await expect(panel(page).getByText('Passed', { exact: true })).toBeVisible();
  await expect(page.locator('.react-flow__node')).toHaveCount(3);
  await expect(page.locator('.react-flow__edge')).toHaveCount(2);

  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Lessons' })
    .click();
  await expect(page.getByTestId('status-first-api')).toHaveText('3 of 5 steps passed');
  await expect(
    page.getByRole('link', { name: 'Continue lesson: Your first serverless API' }),
  ).toBeVisible();
});

test('a run step: predict, let the simulation check, then compare the guess', async ({ page }) => {
  await page.goto('./#/lesson/serverless-vs-container');
  await expect(panel(page).getByRole('heading', { level: 3 })).toContainText('Raise the traffic');
  await panel(page)
    .getByLabel(/Predict first/)
    .fill('10');
  await nodeByLabel(page, 'users').click();
  const rate = page.getByRole('complementary', { name: 'Inspector' }).getByLabel(/Average rate/);
  await rate.fill('3');
  await rate.press('Enter');
  await panel(page).getByRole('button', { name: 'Check my work' }).click();
  await expect(lessonStatus(page)).toContainText('Step passed!', { timeout: RUN_TIMEOUT });
  await expect(panel(page).getByTestId('reveal')).toHaveText(
    /^You guessed “10 requests\/s”; it was 1\.\d+ requests\/s\. Your guess was about [\d.]+× too high\.$/,
  );
  // The guess is kept as made once the answer is out.
  await expect(panel(page).getByText('Your prediction:')).toBeVisible();
});

test('race the runtimes: predict the fastest start, add two functions, and the run names it', async ({
  page,
}, testInfo) => {
  await page.goto('./#/lesson/meet-the-cold-start');
  await panel(page)
    .getByRole('button', { name: /^Step 4: Race the runtimes/ })
    .click();
  await expect(panel(page).getByRole('heading', { level: 3 })).toContainText('Race the runtimes');
  await panel(page).getByRole('radio', { name: 'Java' }).check();

  const inspector = page.getByRole('complementary', { name: 'Inspector' });
  await nodeByLabel(page, 'visitors').click();
  const rate = inspector.getByLabel(/Average rate/);
  await rate.fill('1');
  await rate.press('Enter');

  const setRuntime = async (label: string, runtime: string) => {
    // "Lambda" is also every function's kind caption: find the node by its whole name.
    await page.getByRole('group', { name: `${label}, AWS Lambda`, exact: true }).click();
    await inspector.getByRole('combobox', { name: /^Runtime/ }).selectOption(runtime);
  };
  const connectApiTo = async (label: string) => {
    await nodeByLabel(page, 'api').click();
    await inspector.getByRole('button', { name: 'Connect to…' }).click();
    const dialog = page.getByRole('dialog');
    await dialog
      .getByRole('button')
      .filter({ has: page.getByText(label, { exact: true }) })
      .click();
    await expect(dialog).toBeHidden();
  };
  await addFromPalette(page, 'AWS Lambda');
  await addFromPalette(page, 'AWS Lambda');
  await connectApiTo('Lambda');
  await connectApiTo('Lambda 2');
  await setRuntime('get-profile', 'java');
  await setRuntime('Lambda', 'python');
  await setRuntime('Lambda 2', 'go');

  await panel(page).getByRole('button', { name: 'Check my work' }).click();
  await expect(lessonStatus(page)).toContainText('Step passed!', { timeout: RUN_TIMEOUT });
  await expect(panel(page).getByTestId('reveal')).toHaveText(
    'You guessed “Java”; it was Go. That is “Go or Rust”.',
  );
  await page.screenshot({ path: testInfo.outputPath('race-the-runtimes.png') });
});

test('at 1024×768 the lesson sits below the Explorer without covering it', async ({
  page,
}, testInfo) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto('./#/lesson/throttling-and-queues');
  await expect(panel(page)).toBeVisible();
  await expect(page.locator('.react-flow__node')).toHaveCount(4);
  await panel(page).getByRole('button', { name: 'Next step' }).click();
  await panel(page).getByRole('radio', { name: /Many/ }).check();
  await page.screenshot({ path: testInfo.outputPath('lesson-1024x768.png') });

  const box = async (name: string, role: 'navigation' | 'toolbar' | 'complementary') =>
    (await page.getByRole(role, { name }).boundingBox())!;
  const lesson = (await panel(page).boundingBox())!;
  for (const other of [
    await box('Palette', 'navigation'),
    await box('Editor', 'toolbar'),
    await box('Inspector', 'complementary'),
  ]) {
    expect(other.y + other.height).toBeLessThanOrEqual(lesson.y + 1);
  }
  expect(lesson.y + lesson.height).toBeLessThanOrEqual(768);
  expect(lesson.height).toBeLessThan(768 * 0.5);
  // Everything in the step is reachable: the check button is inside the viewport.
  await expect(panel(page).getByRole('button', { name: 'Check my work' })).toBeInViewport();

  // Hiding the lesson gives the canvas back its room.
  await panel(page).getByRole('button', { name: 'Hide lesson' }).click();
  expect((await panel(page).boundingBox())!.height).toBeLessThan(60);
});

test('starting a lesson keeps the learner’s own work restorable', async ({ page }) => {
  await page.goto('./');
  await closeDialogIfOpen(page);
  await page.getByRole('button', { name: 'New', exact: true }).click();
  await addFromPalette(page, 'Amazon SQS');
  await expect(page.locator('.react-flow__node')).toHaveCount(1);

  await page.goto('./#/lesson/first-api');
  await expect(panel(page)).toBeVisible();
  await expect(page.locator('.react-flow__node')).toHaveCount(0);
  await page.getByRole('button', { name: 'Restore previous work' }).click();
  await expect(page.locator('.react-flow__node')).toHaveCount(1);
  // The panel notices that the canvas no longer shows the lesson, and can bring it back.
  await expect(panel(page)).toContainText('The canvas shows another scenario');
  await panel(page).getByRole('button', { name: 'Open the lesson’s diagram' }).click();
  await expect(page.locator('.react-flow__node')).toHaveCount(0);
  await expect(panel(page)).not.toContainText('The canvas shows another scenario');
});

test('an unknown lesson says so and links to the list', async ({ page }) => {
  await page.goto('./#/lesson/no-such-lesson');
  await expect(page.getByRole('heading', { name: 'Lesson not found' })).toBeVisible();
  await page.getByRole('link', { name: 'See all lessons' }).click();
  await expect(page.getByRole('heading', { name: 'Guided lessons' })).toBeVisible();
  await expect(page.getByRole('link', { name: /^Start lesson: / })).toHaveCount(6);
});

test('the lessons list and the lesson panel have no accessibility violations', async ({ page }) => {
  await page.goto('./#/lessons');
  await expect(page.getByRole('heading', { name: 'Guided lessons' })).toBeVisible();
  const list = await new AxeBuilder({ page }).include('main').analyze();
  expect(list.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

  await page.goto('./#/lesson/make-cold-starts-rare');
  await expect(panel(page)).toBeVisible();
  await panel(page).getByRole('button', { name: 'Check my work' }).click();
  await expect(lessonStatus(page)).toContainText('Make your prediction first');
  const lesson = await new AxeBuilder({ page }).include('[data-testid="lesson-panel"]').analyze();
  expect(lesson.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});
