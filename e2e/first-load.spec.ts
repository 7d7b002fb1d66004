import { expect, test } from '@playwright/test';
import { closeDialogIfOpen } from './helpers.ts';

test('the welcome shell is on screen before the app, and the app replaces it', async ({ page }) => {
  // Hold the app's code back: the static welcome must already be readable without it.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/assets/start-*.js', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('./');
  await expect(page.getByRole('heading', { name: 'Welcome to Serverless Explorer' })).toBeVisible();
  await expect(page.getByRole('status')).toHaveText('Loading the Explorer…');
  release();
  await expect(page.getByRole('dialog', { name: 'Welcome to Serverless Explorer' })).toBeVisible();
  await expect(page.locator('#boot-status')).toHaveCount(0);
  // Behind the welcome the diagram is a picture; closed, the interactive canvas takes its place
  // and its extras join a frame after the diagram: they must arrive.
  await expect(page.getByTestId('canvas-picture')).toBeVisible();
  await closeDialogIfOpen(page);
  await expect(page.locator('.react-flow__minimap')).toBeAttached();
  await expect(page.locator('.react-flow__controls')).toBeAttached();
  await expect(page.locator('.react-flow__background')).toBeAttached();
});

for (const chunk of ['start', 'App']) {
  test(`when the app cannot load (${chunk} chunk), the page says so instead of loading for ever`, async ({
    page,
  }) => {
    await page.route(`**/assets/${chunk}-*.js`, (route) => route.abort('failed'));
    await page.goto('./');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('The Explorer could not load');
    await expect(alert).toContainText('reload the page');
  });
}

test('a concept page fetches its screen and text alongside the app, not after it', async ({
  page,
}) => {
  const order: string[] = [];
  page.on('request', (request) => {
    const name = /assets\/(start|ConceptRoute|cold-starts)-/.exec(request.url())?.[1];
    if (name) order.push(name);
  });
  // Hold the app back: the page's own chunks must be requested without waiting for it.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/assets/start-*.js', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('./#/learn/cold-starts');
  await expect
    .poll(() => order.includes('ConceptRoute') && order.includes('cold-starts'))
    .toBe(true);
  release();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(/cold start/i);
});

test('on a phone the canvas comes first at full width, with the palette and inspector below', async ({
  page,
}) => {
  await page.setViewportSize({ width: 412, height: 823 });
  await page.goto('./');
  await closeDialogIfOpen(page);
  const canvas = await page.getByTestId('canvas').boundingBox();
  const palette = await page.getByRole('navigation', { name: 'Palette' }).boundingBox();
  const inspector = await page.getByRole('complementary', { name: 'Inspector' }).boundingBox();
  if (!canvas || !palette || !inspector) throw new Error('a panel is missing');
  expect(canvas.width).toBeGreaterThan(400);
  expect(palette.y).toBeGreaterThanOrEqual(canvas.y + canvas.height);
  expect(inspector.y).toBeGreaterThanOrEqual(canvas.y + canvas.height);
  // Every section stays reachable from the header.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Quiz' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('the welcome follows a dark system theme before the app has loaded', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/assets/start-*.js', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('./');
  await expect(page.getByRole('heading', { name: 'Welcome to Serverless Explorer' })).toBeVisible();
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const dark = await background();
  release();
  await expect(page.getByRole('dialog', { name: 'Welcome to Serverless Explorer' })).toBeVisible();
  // Same dark background before and after the app took over: no white flash.
  expect(await background()).toBe(dark);
  await page.emulateMedia({ colorScheme: 'light' });
  expect(await background()).not.toBe(dark);
});
