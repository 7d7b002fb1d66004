import { expect, test, type Page } from '@playwright/test';
import { readdirSync } from 'node:fs';

/** Every gallery scenario (content/examples/<id>.json), opened fitted at common window sizes. */
const EXAMPLES = readdirSync(new URL('../content/examples/', import.meta.url))
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.replace(/\.json$/, ''));
const SIZES = [
  { width: 1280, height: 800 },
  { width: 1024, height: 768 },
];

/** The smallest node name on screen, in px: its font size times the zoom it is drawn at. */
function smallestLabelPx(page: Page) {
  return page.evaluate(() => {
    let smallest = Infinity;
    for (const label of Array.from(document.querySelectorAll('[data-testid="node-label"]'))) {
      const node = label.closest('.react-flow__node') as HTMLElement | null;
      if (!node) continue;
      const zoom = node.getBoundingClientRect().width / node.offsetWidth;
      smallest = Math.min(smallest, parseFloat(getComputedStyle(label).fontSize) * zoom);
    }
    return Math.round(smallest * 10) / 10;
  });
}

type Box = { x: number; y: number; width: number; height: number };
const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

for (const size of SIZES) {
  test.describe(`at ${size.width}×${size.height}`, () => {
    test.use({ viewport: size });
    for (const id of EXAMPLES) {
      test(`${id}: node names read at 12 px or more, the legend covers no control`, async ({
        page,
      }) => {
        await page.goto(`./#/example/${id}`);
        await expect(page.locator('.react-flow__node').first()).toBeVisible();
        const legend = page.getByRole('region', { name: 'Legend: requests on the canvas' });
        const minimap = page.locator('.react-flow__minimap');
        const controls = page.locator('.react-flow__controls');
        await expect(legend).toBeVisible();
        await expect(minimap).toBeVisible();
        await expect(controls).toBeVisible();
        // The diagram is fitted once the canvas has its final size: wait for the size to hold.
        await expect.poll(() => smallestLabelPx(page)).toBeGreaterThanOrEqual(12);
        // Reported with the run (the closing note quotes these figures).
        console.log(
          `smallest label: ${id} at ${size.width}×${size.height}: ${await smallestLabelPx(page)} px`,
        );
        const [l, m, c] = await Promise.all([
          legend.boundingBox(),
          minimap.boundingBox(),
          controls.boundingBox(),
        ]);
        if (!l || !m || !c) throw new Error('legend, minimap or controls not on screen');
        expect(overlaps(l, m)).toBe(false);
        expect(overlaps(l, c)).toBe(false);
      });
    }
  });
}

test('the toolbar keeps one line at 1024 px; the rest is in its More menu', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto('./#/example/rest-api');
  const toolbar = page.getByRole('toolbar', { name: 'Editor' });
  await expect(toolbar.getByRole('button', { name: 'Undo', exact: true })).toBeVisible();
  const tops = await toolbar
    .locator('button:visible, summary:visible')
    .evaluateAll((els) => els.map((el) => Math.round(el.getBoundingClientRect().top)));
  expect(new Set(tops).size).toBe(1);
  await toolbar.getByText('More').click();
  await toolbar.getByRole('button', { name: 'Open the gallery' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
});

for (const width of [412, 1024, 1440]) {
  test(`the cost is on screen beside the transport while it plays (${width} px)`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: width < 600 ? 823 : 800 });
    await page.goto('./#/example/rest-api');
    const line = page.getByTestId('cost-line');
    await expect(line).toBeInViewport();
    await expect(line.getByRole('link', { name: 'model' })).toHaveAttribute(
      'href',
      '#/learn/pricing',
    );
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    await expect(page.getByTestId('playback-time')).toContainText('/ 5:00', { timeout: 60_000 });
    await page.getByRole('button', { name: 'Pause', exact: true }).click();
    await page.getByLabel('Timeline').fill('120000');
    await expect(page.getByTestId('playback-time')).toHaveText('2:00 / 5:00');
    await expect(line).toBeInViewport();
    await expect(page.getByTestId('cost-line-so-far')).toHaveText(/^\$0\.\d*[1-9]/);
    await expect(page.getByTestId('cost-line-monthly')).toHaveText(/^\$\d/);
  });
}
