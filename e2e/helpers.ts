import { expect, type Page } from '@playwright/test';

/** Opens the Explorer on an empty canvas (closing the first-visit gallery, starting "New"). */
export async function openEmptyExplorer(page: Page) {
  await page.goto('./');
  await closeDialogIfOpen(page);
  await page.getByRole('button', { name: 'New', exact: true }).click();
  await expect(page.locator('.react-flow__node')).toHaveCount(0);
}

/**
 * Closes the dialog the Explorer opened by itself (the first visit's welcome), if any. Waits for
 * the Explorer to render first: the welcome is shown a frame after the page behind it.
 */
export async function closeDialogIfOpen(page: Page) {
  if (/#\/?$|\/$/.test(page.url())) {
    await expect(page.getByRole('button', { name: 'New', exact: true })).toBeAttached();
  }
  const dialog = page.locator('dialog');
  if ((await dialog.count()) > 0) {
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(dialog).toHaveCount(0);
  }
}

export function nodeByLabel(page: Page, label: string) {
  return page.locator('.react-flow__node').filter({ has: page.getByText(label, { exact: true }) });
}

/** Drags from the right handle of one node to the left handle of another. */
export async function connectByMouse(page: Page, fromLabel: string, toLabel: string) {
  const source = nodeByLabel(page, fromLabel).locator('.react-flow__handle.source');
  const target = nodeByLabel(page, toLabel).locator('.react-flow__handle.target');
  const a = await source.boundingBox();
  const b = await target.boundingBox();
  if (!a || !b) throw new Error('handle not visible');
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move((a.x + b.x) / 2, (a.y + b.y) / 2, { steps: 5 });
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 5 });
  await page.mouse.up();
}

/** Picks a file in the Import dialog, as a user would. */
export async function importFile(page: Page, name: string, text: string) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await (await chooser).setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

/** A scenario file with one Lambda function, for import tests. */
export function oneFunctionScenario(fields: {
  name?: string;
  description?: string;
  label?: string;
  config?: Record<string, unknown>;
}) {
  return JSON.stringify({
    version: 1,
    name: fields.name ?? 'one function',
    description: fields.description ?? '',
    nodes: [
      {
        id: 'n1',
        kind: 'lambda',
        label: fields.label ?? 'fn',
        position: { x: 0, y: 0 },
        config: fields.config ?? {},
      },
    ],
    edges: [],
    traffic: {},
    settings: {
      seed: 1,
      durationSec: 60,
      speed: 1,
      region: 'us-east-1',
      freeTier: false,
      billingGranularityMs: 1,
      initBilling: true,
      keepAliveSec: 600,
      accountConcurrency: 1000,
    },
  });
}
