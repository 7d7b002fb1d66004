import { expect, test, type Page } from '@playwright/test';
import { nodeByLabel } from './helpers.ts';

async function openRestApi(page: Page) {
  await page.goto('./#/example/rest-api');
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
  await nodeByLabel(page, 'create-order').click();
}

test('Compare with containers: both designs side by side, then the crossover chart', async ({
  page,
}) => {
  await openRestApi(page);
  await page.getByRole('button', { name: 'Compare with containers' }).click();
  const dialog = page.getByRole('dialog', { name: 'Compare with containers' });
  const table = dialog.getByRole('table', { name: 'Lambda and containers side by side' });
  await expect(table).toBeVisible({ timeout: 30_000 });
  await expect(table.getByRole('row', { name: /Latency p99/ })).toBeVisible();
  await expect(table.getByRole('row', { name: /Starts/ })).toContainText('cold starts');
  await expect(table.getByRole('row', { name: /Starts/ })).toContainText('tasks started');

  const chart = dialog.getByRole('region', { name: 'Cost per month against traffic' });
  await expect(chart.getByTestId('crossover-sentence')).toContainText(
    /At these settings, below ≈ [\d.]+ requests per second .* Lambda costs less/,
    { timeout: 60_000 },
  );
  await expect(chart.getByRole('img', { name: /Cost per month against traffic/ })).toBeVisible();
  await page.screenshot({ path: 'test-results/compare-dialog.png', fullPage: true });

  // Switching the front door off changes what the chart says it includes.
  await expect(chart).toContainText('the front door');
  await dialog.getByLabel('Front door (API Gateway or load balancer)').uncheck();
  await expect(chart).not.toContainText('the front door');
});

test('The burst shows the other side: queueing and scale-out against cold starts', async ({
  page,
}) => {
  await openRestApi(page);
  await page.getByRole('button', { name: 'Compare with containers' }).click();
  const dialog = page.getByRole('dialog', { name: 'Compare with containers' });
  await dialog.getByLabel('Burst: traffic ×10 for two minutes').check();
  const table = dialog.getByRole('table', { name: 'Lambda and containers side by side' });
  await expect(table).toContainText('1200 s at', { timeout: 60_000 });
  await page.screenshot({ path: 'test-results/compare-burst.png', fullPage: true });
});

test('The sweep can be cancelled and run again', async ({ page }) => {
  await openRestApi(page);
  await page.getByRole('button', { name: 'Compare with containers' }).click();
  const chart = page.getByRole('region', { name: 'Cost per month against traffic' });
  await chart.getByRole('button', { name: 'Cancel' }).click();
  await expect(chart).toContainText('Sweep cancelled.');
  await chart.getByRole('button', { name: 'Run the sweep again' }).click();
  await expect(chart.getByTestId('crossover-sentence')).toContainText('At these settings', {
    timeout: 60_000,
  });
});
