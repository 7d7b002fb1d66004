import { expect, test } from '@playwright/test';

test('the Serverless vs containers page runs the live crossover chart and links to the experiment', async ({
  page,
}) => {
  await page.goto('./#/learn/serverless-vs-containers');
  const run = page.getByRole('button', { name: 'Run the sweep' });
  await expect(run).toBeVisible();
  await expect(page.getByRole('link', { name: 'Open the example' })).toHaveAttribute(
    'href',
    '#/example/api-lambda-vs-fargate',
  );
  await run.click();
  const chart = page.getByRole('region', { name: 'Cost per month against traffic' });
  await expect(chart.getByTestId('crossover-sentence')).toContainText(/At these settings/, {
    timeout: 60_000,
  });
  await expect(chart.getByRole('img', { name: /Cost per month against traffic/ })).toBeVisible();
  await chart.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/concept-crossover.png' });

  await page.getByRole('link', { name: 'Open the example' }).click();
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
});
