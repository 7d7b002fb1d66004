import { expect, test } from '@playwright/test';
import { nodeByLabel, openAndScrub } from './helpers.ts';

test('API throttles: a wave past the stage bucket gets 429s, the 40 s report 504s', async ({
  page,
}) => {
  // Near the end of the three minutes, three waves have emptied the bucket and many report
  // calls have passed API Gateway's 29 s integration timeout (the model's trace says so).
  await openAndScrub(page, 'api-throttle', '3:00', 170_000);
  const api = nodeByLabel(page, 'tickets-api');
  await expect(api.getByTestId('badge-429')).toHaveText(/429s [1-9]/);
  await expect(api.getByTestId('badge-errors')).toHaveText(/errors [1-9]/);
});

test('Load levelling: the mapping’s maximum concurrency brakes the pollers, nothing is throttled', async ({
  page,
}) => {
  await openAndScrub(page, 'load-levelling', '5:00', 290_000);
  const fn = nodeByLabel(page, 'process-order');
  await expect(fn.getByTestId('badge-warm-starts')).toHaveText(/warm [1-9]/);
  await expect(fn.getByTestId('badge-throttles')).toHaveCount(0);
  await expect(nodeByLabel(page, 'orders-queue').getByTestId('badge-dead-lettered')).toHaveCount(0);
});

test('Delivered twice: runs that outlive the visibility timeout are received again', async ({
  page,
}) => {
  // Runs of about 24 s, some past the queue's 30 s visibility timeout: by the end of the five
  // minutes the model has delivered some messages a second time while their first run went on.
  await openAndScrub(page, 'delivered-twice', '5:00', 290_000);
  const queue = nodeByLabel(page, 'invoice-queue');
  await expect(queue.getByTestId('badge-delivered-twice')).toHaveText(/delivered twice [1-9]/);
  await expect(queue.getByTestId('badge-dead-lettered')).toHaveCount(0);
});
