import { expect, test } from '@playwright/test';
import { openEmptyExplorer, playExample } from './helpers.ts';

test('Orders in order: a FIFO queue counts group waits, blocked time and deduplicated sends', async ({
  page,
}, testInfo) => {
  // Four message groups, one batch each in flight; about 2 % of runs fail and block their
  // group; the producer resends 5 % of orders. The model's whole-run counts say so.
  await playExample(page, 'fifo-orders', '5:00');
  await page.getByRole('tab', { name: 'Metrics' }).click();
  const counts = page.getByTestId('behaviour-counts');
  await expect(counts).toContainText(/orders-fifo: [1-9][\d,]* FIFO group waits/);
  await expect(counts).toContainText(/groups blocked [1-9]/);
  await expect(counts).toContainText(/[1-9][\d,]* deduplicated/);
  await page.screenshot({ path: testInfo.outputPath('fifo-orders-metrics.png') });
});

test('the queue inspector shows FIFO settings only for a FIFO queue and refuses impossible values', async ({
  page,
}, testInfo) => {
  await openEmptyExplorer(page);
  await page
    .getByRole('navigation', { name: 'Palette' })
    .getByRole('button', { name: 'Amazon SQS', exact: true })
    .click();
  const inspector = page.getByRole('complementary', { name: 'Inspector' });
  await expect(inspector.getByLabel(/^Message groups/)).toHaveCount(0);
  await expect(inspector.getByLabel(/^Batch window/)).toBeVisible();
  await inspector.getByLabel(/^Queue type/).selectOption('fifo');
  const groups = inspector.getByLabel(/^Message groups/);
  await expect(groups).toHaveValue('10');
  await expect(inspector.getByLabel(/^Batch window/)).toHaveCount(0);
  await groups.fill('0');
  await groups.press('Enter');
  await expect(
    inspector.getByText(/Message groups must be between 1 and 1,000 groups/),
  ).toBeVisible();
  const resend = inspector.getByLabel(/^Sender resends/);
  await resend.fill('150');
  await resend.press('Tab');
  await expect(inspector.getByText(/Sender resends must be between 0 and 100 %/)).toBeVisible();
  await expect(inspector.getByLabel(/^High throughput/)).not.toBeChecked();
  await expect(inspector.getByLabel(/^Content-based deduplication/)).not.toBeChecked();
  await page.screenshot({ path: testInfo.outputPath('fifo-inspector.png') });
});

test('A workflow that retries and catches: the Metrics tab counts retries and caught failures', async ({
  page,
}, testInfo) => {
  // The payment task fails about one call in four: retried twice with back-off, and what still
  // fails is caught to the refund. The model's whole-run counts say so.
  await playExample(page, 'workflow-retries', '5:00');
  await page.getByRole('tab', { name: 'Metrics' }).click();
  const counts = page.getByTestId('behaviour-counts');
  await expect(counts).toContainText(/order-workflow: [1-9][\d,]* workflow retries/);
  await expect(counts).toContainText(/[1-9][\d,]* caught failures/);
  await page.screenshot({ path: testInfo.outputPath('workflow-retries-metrics.png') });
});
