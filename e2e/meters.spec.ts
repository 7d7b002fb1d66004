import { expect, test, type Page } from '@playwright/test';
import { nodeByLabel, waitForRun } from './helpers.ts';

/**
 * The meters a feature switches on (response streaming, API caching, WebSocket APIs) reach the
 * Cost tab when a learner sets them in the inspector. Waits for the run, never for the clock.
 */

async function openRestApi(page: Page) {
  await page.goto('./#/example/rest-api');
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeEnabled();
}

async function select(page: Page, label: string) {
  await nodeByLabel(page, label).click();
  await expect(inspector(page).getByLabel('Name', { exact: true })).toHaveValue(label);
}

const inspector = (page: Page) => page.getByRole('complementary', { name: 'Inspector' });

async function playToEnd(page: Page) {
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await waitForRun(page);
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  await page.getByRole('tab', { name: 'Cost' }).click();
  return page.getByRole('tabpanel', { name: 'Cost' });
}

test('response streaming and an API cache reach the bill', async ({ page }, testInfo) => {
  await openRestApi(page);
  await select(page, 'create-order');
  // Response size is shown only for a streaming function.
  await expect(inspector(page).getByLabel(/^Response size/)).toHaveCount(0);
  await inspector(page)
    .getByLabel(/^Invoke mode/)
    .selectOption('RESPONSE_STREAM');
  const size = inspector(page).getByLabel(/^Response size/);
  await size.fill('10');
  await size.press('Enter');
  await select(page, 'orders-api');
  await inspector(page)
    .getByLabel(/^API cache/)
    .selectOption('0.5');
  await page.screenshot({ path: testInfo.outputPath('meters-inspector.png') });
  const cost = await playToEnd(page);
  await expect(cost).toContainText('Response streaming, bytes past 6 MB');
  await expect(cost).toContainText('API cache, 0.5 GB');
  await page.screenshot({ path: testInfo.outputPath('meters-cost.png') });
});

test('a WebSocket API bills messages and connection minutes', async ({ page }) => {
  await openRestApi(page);
  await select(page, 'orders-api');
  await inspector(page)
    .getByLabel(/^API type/)
    .selectOption('websocket');
  const cost = await playToEnd(page);
  await expect(cost).toContainText('WebSocket messages');
  await expect(cost).toContainText('WebSocket connection minutes');
  // A WebSocket API has no stage cache: the field is gone.
  await expect(inspector(page).getByLabel(/^API cache/)).toHaveCount(0);
});
