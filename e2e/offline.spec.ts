import { expect, test } from '@playwright/test';
import { closeDialogIfOpen } from './helpers.ts';

test('works offline after the first visit: explorer, a concept page and the quiz', async ({
  page,
  context,
}) => {
  await page.goto('./');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  // The worker controls pages loaded after it activated.
  await page.reload();
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);

  await context.setOffline(true);
  await page.reload();
  await closeDialogIfOpen(page);
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
  await page.goto('./#/example/order-fanout');
  await expect(page.locator('.react-flow__node')).toHaveCount(12);
  await page.goto('./#/learn/cold-starts');
  await expect(page.getByRole('heading', { level: 1 })).toContainText(/cold start/i);
  await page.goto('./#/quiz');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await context.setOffline(false);
});

test('is installable: a manifest with icons', async ({ page, request }) => {
  await page.goto('./');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(href).toBeTruthy();
  const manifest = await (await request.get(href ?? '')).json();
  expect(manifest.name).toBe('Serverless Explorer');
  expect(manifest.icons.some((i: { sizes: string }) => i.sizes === '512x512')).toBe(true);
});

test('an embed works offline after its first visit: it opens and plays', async ({
  page,
  context,
}) => {
  await page.goto('./#/embed/example/rest-api');
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('link', { name: 'Open in Serverless Explorer' })).toBeVisible();
  // Play loads the canvas and the engine: from the service worker's cache, not the network.
  await page.getByRole('button', { name: 'Play' }).click();
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
  await context.setOffline(false);
});
