import { expect, type Page } from '@playwright/test';

/** Opens the Explorer on an empty canvas (closing the first-visit gallery, starting "New"). */
export async function openEmptyExplorer(page: Page) {
  await page.goto('./');
  await closeDialogIfOpen(page);
  await page.getByRole('button', { name: 'New', exact: true }).click();
  // An empty diagram makes the canvas interactive (the picture gives way): wait for React Flow.
  await expect(page.locator('.react-flow__pane')).toBeVisible();
  await expect(page.locator('.react-flow__node')).toHaveCount(0);
}

/**
 * Closes the dialog the Explorer opened by itself (the first visit's welcome), if any. Waits for
 * the Explorer to render first: the welcome is shown a frame after the page behind it.
 */
export async function closeDialogIfOpen(page: Page) {
  if (/#\/?$|\/$/.test(page.url())) {
    await expect(page.getByRole('button', { name: 'Undo', exact: true })).toBeAttached();
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

/**
 * Waits until autosave has written a diagram of this size (it writes a moment after an edit;
 * how long that moment lasts depends on how busy the machine is, so wait for the write itself).
 */
export async function waitForSavedDiagram(page: Page, size: { nodes: number; edges: number }) {
  await expect
    .poll(() =>
      page.evaluate(() => {
        const raw = localStorage.getItem('serverless-explorer.scenario');
        if (!raw) return null;
        const saved = JSON.parse(raw) as { nodes: unknown[]; edges: unknown[] };
        return { nodes: saved.nodes.length, edges: saved.edges.length };
      }),
    )
    .toEqual(size);
}

/**
 * How long the engine may take to simulate a run on a busy machine: a test waits for the run's
 * status (never for the machine to be fast), with this as the ceiling.
 */
export const RUN_TIMEOUT = 60_000;

/** Waits until the run is simulated and loaded: the clock shows its whole length. */
export async function waitForRun(page: Page, length = '5:00') {
  await expect(page.getByTestId('playback-time')).toContainText(`/ ${length}`, {
    timeout: RUN_TIMEOUT,
  });
  await expect(page.getByLabel('Timeline')).toBeEnabled();
}

/** Moves the timeline to a simulated time and waits until the clock shows it. */
export async function scrubTo(page: Page, ms: number, clock: string) {
  await page.getByLabel('Timeline').fill(String(ms));
  await expect(page.getByTestId('playback-time')).toHaveText(clock);
}

/** Opens a gallery example and plays it at 10× until the run is loaded (the clock shows its length), then pauses. */
export async function playExample(page: Page, id: string, length: string) {
  const play = page.getByRole('button', { name: 'Play', exact: true });
  await page.goto(`./#/example/${id}`);
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
  await expect(play).toBeEnabled();
  await page.getByLabel('Speed').selectOption('10');
  await play.click();
  await expect(page.getByTestId('playback-time')).toContainText(`/ ${length}`, {
    timeout: 45_000,
  });
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  await expect(play).toBeVisible();
}

/** Plays a gallery example (see playExample) and scrubs to `atMs`: the test then reads what the trace says at that time. */
export async function openAndScrub(page: Page, id: string, length: string, atMs: number) {
  await playExample(page, id, length);
  await page.getByLabel('Timeline').fill(String(atMs));
}
