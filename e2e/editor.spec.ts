import { expect, test } from '@playwright/test';
import {
  closeDialogIfOpen,
  connectByMouse,
  importFile,
  nodeByLabel,
  oneFunctionScenario,
  openEmptyExplorer,
  waitForSavedDiagram,
} from './helpers.ts';

const edges = '.react-flow__edge';

test('a first visit opens on the gallery with an example behind it', async ({ page }) => {
  await page.goto('./');
  const dialog = page.getByRole('dialog', { name: 'Welcome to Serverless Explorer' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: /Open/ }).first()).toBeVisible();
  await closeDialogIfOpen(page);
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
});

test('build HTTP clients → API Gateway → Lambda → DynamoDB by drag and drop', async ({ page }) => {
  await openEmptyExplorer(page);
  const canvas = page.getByTestId('canvas');
  const box = await canvas.boundingBox();
  if (!box) throw new Error('no canvas');
  // Staggered up and down: side by side at zoom 1 the nodes touch, and one node's source
  // handle would sit on the next one's target handle.
  const drops: [string, number, number][] = [
    ['HTTP clients', 0.15, 0.25],
    ['Amazon API Gateway', 0.38, 0.6],
    ['AWS Lambda', 0.61, 0.25],
    ['Amazon DynamoDB', 0.84, 0.6],
  ];
  for (const [label, fx, fy] of drops) {
    await page
      .getByRole('navigation', { name: 'Palette' })
      .getByRole('button', { name: label, exact: true })
      .dragTo(canvas, { targetPosition: { x: box.width * fx, y: box.height * fy } });
  }
  await expect(page.locator('.react-flow__node')).toHaveCount(4);
  await connectByMouse(page, 'Clients', 'API Gateway');
  await connectByMouse(page, 'API Gateway', 'Lambda');
  await connectByMouse(page, 'Lambda', 'DynamoDB');
  await expect(page.locator(edges)).toHaveCount(3);

  // Reload keeps the diagram exactly.
  await waitForSavedDiagram(page, { nodes: 4, edges: 3 });
  await page.reload();
  await expect(page.locator('.react-flow__node')).toHaveCount(4);
  await expect(page.locator(edges)).toHaveCount(3);
  await expect(nodeByLabel(page, 'Lambda')).toBeVisible();
});

test('build the same chain with the keyboard only', async ({ page }) => {
  await openEmptyExplorer(page);
  const palette = page.getByRole('navigation', { name: 'Palette' });
  for (const label of ['HTTP clients', 'Amazon API Gateway', 'AWS Lambda', 'Amazon DynamoDB']) {
    await palette.getByRole('button', { name: label, exact: true }).focus();
    await page.keyboard.press('Enter');
  }
  await expect(page.locator('.react-flow__node')).toHaveCount(4);

  const connect = async (from: string, to: string) => {
    await palette.getByRole('button', { name: from, exact: true }).focus();
    // Selecting a node from the keyboard: focus it on the canvas and press Enter.
    await nodeByLabel(
      page,
      from.replace(/^(Amazon|AWS) /, '').replace('HTTP clients', 'Clients'),
    ).focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('c');
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: new RegExp(`^${to}`) }).focus();
    await page.keyboard.press('Enter');
    await expect(dialog).toBeHidden();
  };
  await connect('HTTP clients', 'API Gateway');
  await connect('Amazon API Gateway', 'Lambda');
  await connect('AWS Lambda', 'DynamoDB');
  await expect(page.locator(edges)).toHaveCount(3);

  // Undo and redo by shortcut.
  await page.locator('body').press('Control+z');
  await expect(page.locator(edges)).toHaveCount(2);
  await page.locator('body').press('Control+Shift+z');
  await expect(page.locator(edges)).toHaveCount(3);
});

test('from the keyboard: edit a config, delete, undo, play and step, always with a visible focus', async ({
  page,
}) => {
  await page.goto('./#/example/rest-api');
  await expect(page.locator('.react-flow__node')).toHaveCount(4);
  // What shows where the focus is: an outline, or for an edge the halo along its path.
  const focusRing = () =>
    page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return 'none';
      const halo = el.querySelector('.react-flow__edge-interaction');
      if (halo) return Number(getComputedStyle(halo).strokeOpacity) > 0 ? 'halo' : 'none';
      return getComputedStyle(el).outlineStyle;
    });
  // Every stop of the Tab order, from the page's start across the canvas, shows its focus.
  await page.locator('body').focus();
  for (let i = 0; i < 45; i++) {
    await page.keyboard.press('Tab');
    const where = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    expect(await focusRing(), `focus ring on Tab stop ${i} (${where})`).not.toBe('none');
  }

  // Select the function from the keyboard, then Tab into the inspector to its memory.
  const lambda = nodeByLabel(page, 'create-order');
  await lambda.focus();
  expect(await focusRing()).not.toBe('none');
  await page.keyboard.press('Enter');
  const inspector = page.getByRole('complementary', { name: 'Inspector' });
  await expect(inspector.getByLabel('Name', { exact: true })).toHaveValue('create-order');
  const memory = inspector.getByLabel(/^Memory/);
  for (let i = 0; i < 40 && !(await memory.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
    expect(await focusRing()).not.toBe('none');
  }
  await expect(memory).toBeFocused();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('2048');
  await page.keyboard.press('Enter');
  await expect(lambda).toContainText('2048 MB');

  // Delete the table from the keyboard, then bring it back with undo.
  const table = nodeByLabel(page, 'orders');
  await table.focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Delete');
  await expect(page.locator('.react-flow__node')).toHaveCount(3);
  await expect(page.locator(edges)).toHaveCount(2);
  await page.locator('body').press('Control+z');
  await expect(page.locator('.react-flow__node')).toHaveCount(4);
  await expect(page.locator(edges)).toHaveCount(3);

  // Play and pause with K (Space belongs to a focused button), then step with ".".
  await lambda.focus();
  await page.keyboard.press('k');
  await expect(page.getByRole('button', { name: 'Pause', exact: true })).toBeVisible();
  await page.keyboard.press('k');
  await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
  const timeline = page.getByLabel('Timeline');
  const before = Number(await timeline.inputValue());
  await page.keyboard.press('.');
  await expect.poll(async () => Number(await timeline.inputValue())).toBeGreaterThan(before);
  await expect(lambda).toContainText('2048 MB');
});

test('an invalid connection is refused with its reason', async ({ page }) => {
  await openEmptyExplorer(page);
  const palette = page.getByRole('navigation', { name: 'Palette' });
  const canvas = page.getByTestId('canvas');
  const box = await canvas.boundingBox();
  if (!box) throw new Error('no canvas');
  for (const [label, fx] of [
    ['Amazon S3', 0.25],
    ['Amazon DynamoDB', 0.7],
  ] as const) {
    await palette
      .getByRole('button', { name: label, exact: true })
      .dragTo(canvas, { targetPosition: { x: box.width * fx, y: box.height * 0.5 } });
  }
  await expect(page.locator('.react-flow__node')).toHaveCount(2);
  await connectByMouse(page, 'S3', 'DynamoDB');
  await expect(
    page.getByRole('alert').filter({ hasText: 'S3 cannot write to a DynamoDB table by itself' }),
  ).toBeVisible();
  await expect(page.locator(edges)).toHaveCount(0);
});

test('the inspector refuses impossible values with the real limit; undo and redo by button', async ({
  page,
}) => {
  await openEmptyExplorer(page);
  await page
    .getByRole('navigation', { name: 'Palette' })
    .getByRole('button', { name: 'AWS Lambda', exact: true })
    .click();
  const inspector = page.getByRole('complementary', { name: 'Inspector' });
  const memory = inspector.getByLabel(/^Memory/);
  await memory.fill('50');
  await memory.press('Enter');
  await expect(
    inspector.getByText('Memory must be between 128 and 10,240 MB (the AWS Lambda limit).'),
  ).toBeVisible();
  await memory.fill('1024');
  await memory.press('Enter');
  await expect(nodeByLabel(page, 'Lambda')).toContainText('1024 MB');
  const timeout = inspector.getByLabel(/^Timeout/);
  await timeout.fill('1200');
  await timeout.press('Tab');
  await expect(inspector.getByText(/Timeout must be between 1 and 900 s/)).toBeVisible();
  await expect(inspector.getByRole('link', { name: 'Learn about AWS Lambda' })).toHaveAttribute(
    'href',
    '#/learn/aws-lambda',
  );

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(nodeByLabel(page, 'Lambda')).toContainText('512 MB');
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect(nodeByLabel(page, 'Lambda')).toContainText('1024 MB');
});

test('Share → open the link in a fresh browser context → the same diagram', async ({
  page,
  browser,
  baseURL,
}) => {
  await page.goto('./#/example/order-fanout');
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
  const count = await page.locator('.react-flow__node').count();
  const edgeCount = await page.locator(edges).count();
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  const link = await page.getByRole('textbox', { name: 'Share link' }).inputValue();
  expect(link).toContain('#/s/');

  const fresh = await browser.newContext({ baseURL });
  const other = await fresh.newPage();
  await other.goto(link);
  await expect(other.locator('.react-flow__node')).toHaveCount(count);
  await expect(other.locator(edges)).toHaveCount(edgeCount);
  await fresh.close();
});

test('a tampered link shows an error and keeps the work', async ({ page }) => {
  await openEmptyExplorer(page);
  await page
    .getByRole('navigation', { name: 'Palette' })
    .getByRole('button', { name: 'AWS Lambda', exact: true })
    .click();
  await waitForSavedDiagram(page, { nodes: 1, edges: 0 });
  await page.goto('./#/s/s1.THIS-LINK-WAS-TAMPERED-WITH');
  await expect(page.getByRole('alert')).toContainText(/link/i);
  await expect(page.locator('.react-flow__node')).toHaveCount(1);
  await expect(nodeByLabel(page, 'Lambda')).toBeVisible();
});

test('a malformed import shows precise errors and keeps the work', async ({ page }) => {
  await openEmptyExplorer(page);
  await page
    .getByRole('navigation', { name: 'Palette' })
    .getByRole('button', { name: 'AWS Lambda', exact: true })
    .click();
  await importFile(
    page,
    'broken.json',
    '{"version": 1, "name": "x", "nodes": [ {"id": "n1", "kind": "lambda"',
  );
  await expect(page.getByRole('alert')).toContainText('Import failed');
  await expect(page.locator('.react-flow__node')).toHaveCount(1);

  await importFile(
    page,
    'limits.json',
    oneFunctionScenario({ name: 'bad memory', config: { memoryMb: 50 } }),
  );
  await expect(page.getByText(/between 128 and 10,240 MB/)).toBeVisible();
  await expect(nodeByLabel(page, 'Lambda')).toBeVisible();
});

test('screenshot of the editor with an example open', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('./#/example/order-fanout');
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
  await nodeByLabel(
    page,
    (await page.locator('.react-flow__node').nth(4).innerText()).split('\n')[0] ?? '',
  ).click();
  await expect(page.locator('.react-flow__node.selected')).toHaveCount(1);
  await page.screenshot({ path: 'test-results/editor.png' });
});

test('glossary terms in the inspector explain themselves on focus', async ({ page }) => {
  await page.goto('./#/example/rest-api');
  await closeDialogIfOpen(page);
  await nodeByLabel(page, 'create-order').click();
  const inspector = page.getByRole('complementary', { name: 'Inspector' });
  const term = inspector.getByRole('link', { name: 'cold start' });
  await term.focus();
  const tooltip = page.getByRole('tooltip');
  await expect(tooltip).toBeVisible();
  await expect(tooltip).toContainText(/environment/i);
  await expect(term).toHaveAttribute('aria-describedby', (await tooltip.getAttribute('id')) ?? '');
});
