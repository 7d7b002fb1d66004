import { expect, test } from '@playwright/test';
import { closeDialogIfOpen } from './helpers.ts';

test('corrupted saved work: a clear message, a fresh start, and the damaged copy downloadable', async ({
  page,
}) => {
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('serverless-explorer.scenario', '{"version": 1, "nodes": [tru');
      sessionStorage.setItem('seeded', '1');
    }
  });
  await page.goto('./');
  await expect(page.getByRole('alert')).toContainText('could not be read');
  await closeDialogIfOpen(page);
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download the damaged copy' }).click();
  const file = await download;
  const path = await file.path();
  const { readFileSync } = await import('node:fs');
  expect(readFileSync(path, 'utf8')).toBe('{"version": 1, "nodes": [tru');
});

test('full storage: changes stay on screen and the user is told to export', async ({ page }) => {
  await page.goto('./#/example/rest-api');
  await closeDialogIfOpen(page);
  await expect(page.locator('.react-flow__node')).toHaveCount(4);
  await page.evaluate(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await page
    .getByRole('navigation', { name: 'Palette' })
    .getByRole('button', { name: 'AWS Lambda', exact: true })
    .click();
  await expect(page.getByRole('alert')).toContainText('storage is full');
  await expect(page.locator('.react-flow__node')).toHaveCount(5);
});
