import { expect, test, type Page } from '@playwright/test';
import { nodeByLabel } from './helpers.ts';

const playButton = (page: Page) => page.getByRole('button', { name: 'Play', exact: true });
const pauseButton = (page: Page) => page.getByRole('button', { name: 'Pause', exact: true });

/**
 * Opens a gallery example, plays until the run is loaded (the clock shows its length), pauses,
 * and scrubs to `atMs`: the test then reads what the trace says at that time.
 */
async function openAndScrub(page: Page, id: string, length: string, atMs: number) {
  await page.goto(`./#/example/${id}`);
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
  await expect(playButton(page)).toBeEnabled();
  await page.getByLabel('Speed').selectOption('10');
  await playButton(page).click();
  await expect(page.getByTestId('playback-time')).toContainText(`/ ${length}`, {
    timeout: 45_000,
  });
  await pauseButton(page).click();
  await expect(playButton(page)).toBeVisible();
  await page.getByLabel('Timeline').fill(String(atMs));
}

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
