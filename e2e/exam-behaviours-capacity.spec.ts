import { expect, test } from '@playwright/test';
import { nodeByLabel, openAndScrub } from './helpers.ts';

test('A table at its provisioned capacity: the burst is spent, then throttles and SDK retries', async ({
  page,
}) => {
  // 25 writes a second against 10 WCU: the 3,000 saved units last about 200 s (the model says
  // so), so two minutes in nothing is throttled yet, and by the end the table has throttled.
  await openAndScrub(page, 'provisioned-table', '5:00', 120_000);
  const table = nodeByLabel(page, 'scores');
  await expect(table.getByTestId('badge-throttles')).toHaveCount(0);
  await page.getByLabel('Timeline').fill('290000');
  await expect(table.getByTestId('badge-throttles')).toHaveText(/throttled [1-9]/);
  await expect(table.getByTestId('badge-retries')).toHaveText(/retries [1-9]/);
  await page.getByRole('tab', { name: 'Metrics' }).click();
  await expect(page.getByTestId('capacity-scores')).toContainText(
    /scores: [\d,]+ throttled, [\d,]+ SDK retries, [\d,]+ calls failed after the last retry/,
  );
});

test('A hot shard: writes over 1,000 records/s are refused and the iterator age grows', async ({
  page,
}) => {
  // About 1,100 records a second into one shard: the shard limit refuses the excess from the
  // first second, and the one-batch-at-a-time consumer falls behind (the model says so).
  await openAndScrub(page, 'hot-shard', '3:00', 170_000);
  const stream = nodeByLabel(page, 'positions');
  await expect(stream.getByTestId('badge-throttles')).toHaveText(/throttled [1-9]/);
  await page.getByRole('tab', { name: 'Metrics' }).click();
  await expect(page.getByTestId('capacity-positions')).toContainText(
    /positions: [\d,]+ writes refused \(ProvisionedThroughputExceeded\), max iterator age [\d.,]+ (s|min)/,
  );
});
