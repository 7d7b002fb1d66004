import { expect, test } from '@playwright/test';
import { connectByMouse, nodeByLabel, openEmptyExplorer, scrubTo, waitForRun } from './helpers.ts';

/**
 * Containers on the canvas: a load balancer and a Fargate service dragged from the palette,
 * wired, played. The journey waits for what the model says (the run's clock, the badges at a
 * scrubbed time), never for wall-clock animation.
 */
test('drag a load balancer and a Fargate service, connect, Play: tasks start and cost', async ({
  page,
}) => {
  await openEmptyExplorer(page);
  const canvas = page.getByTestId('canvas');
  const box = await canvas.boundingBox();
  if (!box) throw new Error('no canvas');
  const palette = page.getByRole('navigation', { name: 'Palette' });
  for (const [label, fx] of [
    ['HTTP clients', 0.15],
    ['Application Load Balancer', 0.45],
    ['AWS Fargate', 0.75],
  ] as const) {
    await palette
      .getByRole('button', { name: label, exact: true })
      .dragTo(canvas, { targetPosition: { x: box.width * fx, y: box.height * 0.4 } });
  }
  await expect(page.locator('.react-flow__node')).toHaveCount(3);
  await connectByMouse(page, 'Clients', 'Load balancer');
  await connectByMouse(page, 'Load balancer', 'Fargate');
  await expect(page.locator('.react-flow__edge')).toHaveCount(2);

  // One task at the start, and requests heavy enough to hold CPU above the 50 % target (5 a
  // second × 160 ms on the task's half vCPU ≈ 80 %) but within what the task can answer: the
  // service scales out, and no request waits past the idle timeout.
  await nodeByLabel(page, 'Fargate').click();
  const inspector = page.getByRole('complementary', { name: 'Inspector' });
  await expect(inspector.getByRole('link', { name: 'Learn about AWS Fargate' })).toBeVisible();
  for (const [label, value] of [
    [/^Desired tasks at start/, '1'],
    [/^CPU work per request/, '80'],
  ] as const) {
    const field = inspector.getByLabel(label);
    await field.fill(value);
    await field.press('Enter');
  }

  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await waitForRun(page);
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  await scrubTo(page, 300_000, '5:00 / 5:00');

  const service = nodeByLabel(page, 'Fargate');
  await expect(service.getByTestId('badge-tasks-started')).toHaveText(/started [1-9]/);
  await expect(service.getByRole('img', { name: /^Tasks: / })).toBeVisible();
  await expect(page.getByTestId('cost-line-so-far')).toHaveText(/\$0\.\d*[1-9]/);

  await page.getByRole('tab', { name: 'Log' }).click();
  await expect(page.getByText(/Scale-out: Fargate's target tracking raises/).first()).toBeVisible();

  await page.getByRole('tab', { name: 'Cost' }).click();
  const panel = page.getByRole('tabpanel');
  await expect(panel.getByText('Fargate vCPU (x86)').first()).toBeVisible();
  await expect(panel.getByText('Load balancer hours').first()).toBeVisible();
  await page.screenshot({ path: 'test-results/containers-journey.png' });
});

test('Compare with containers opens the container twin on the canvas, and Undo brings Lambda back', async ({
  page,
}) => {
  await page.goto('./#/example/rest-api');
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
  await nodeByLabel(page, 'create-order').click();
  await page.getByRole('button', { name: 'Compare with containers' }).click();
  const dialog = page.getByRole('dialog', { name: 'Compare with containers' });
  await dialog.getByRole('button', { name: 'Open the container design on the canvas' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(nodeByLabel(page, 'create-order-tasks')).toBeVisible();
  await expect(nodeByLabel(page, 'orders-api-alb')).toBeVisible();
  await expect(page.locator('.react-flow__edge')).toHaveCount(3);
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await waitForRun(page);
  await expect(page.getByTestId('cost-line-so-far')).toHaveText(/\$0\.\d*[1-9]/);
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(nodeByLabel(page, 'create-order')).toBeVisible();
});
