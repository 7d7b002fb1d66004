import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';

/**
 * A second origin for the host page (the app is on the preview server's port). Each worker
 * that runs this file starts its own, on a free port the system picks.
 */
let host: Server;
let hostPort = 0;

test.beforeAll(async () => {
  const page = readFileSync(new URL('../examples/embed-example.html', import.meta.url));
  host = createServer((req, res) => {
    if (!req.url?.startsWith('/embed-example.html')) return res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'text/html' }).end(page);
  });
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
  hostPort = (host.address() as AddressInfo).port;
});

test.afterAll(() => new Promise<void>((resolve) => host.close(() => resolve())));

const events = (page: Page, type: string) => page.locator(`#log [data-type="${type}"]`);

test('an embed in a page of another origin plays and answers its commands', async ({
  page,
  baseURL,
}) => {
  await page.goto(`http://127.0.0.1:${hostPort}/embed-example.html?app=${baseURL}`);
  const embed = page.frameLocator('iframe');
  await expect(events(page, 'ready')).toHaveCount(1);
  await expect(embed.getByRole('link', { name: 'Open in Serverless Explorer' })).toHaveAttribute(
    'href',
    new RegExp(`^${baseURL}#/s/s1\\.`),
  );

  // Commands from the host drive the embed's own transport.
  await page.getByRole('button', { name: 'Get scenario' }).click();
  await expect(events(page, 'scenario')).toContainText('“Order processing fan-out”, 12 nodes');
  await page.getByRole('button', { name: 'Play' }).click();
  await expect(events(page, 'play')).toHaveCount(1);
  await expect(embed.getByRole('button', { name: 'Pause' })).toBeVisible();
  await expect(events(page, 'metrics').first()).toContainText('requests');
  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(events(page, 'pause')).toHaveCount(1);
  await expect(embed.getByRole('button', { name: 'Play' })).toBeVisible();

  // Seek moves the embed's clock; a fast speed plays the run to its end.
  await page.getByRole('button', { name: 'Seek to 1:00' }).click();
  await expect(embed.getByTestId('playback-time')).toHaveText(/^1:00 \//);
  await page.getByRole('button', { name: 'Speed 20×' }).click();
  await expect(embed.getByRole('combobox', { name: /speed/i })).toHaveValue('20');
  await page.getByRole('button', { name: 'Play' }).click();
  await expect(events(page, 'ended')).toHaveCount(1, { timeout: 30_000 });

  // A scenario from the host is validated like a link, then shown.
  await page.getByRole('button', { name: 'Load a one-function scenario' }).click();
  await expect(embed.locator('.react-flow__node')).toHaveCount(2);
  await page.getByRole('button', { name: 'Get scenario' }).click();
  await expect(events(page, 'scenario').first()).toContainText('“One function”, 2 nodes');

  // Bad values are answered with an error; messages that are not ours are ignored.
  await page.evaluate(() => {
    const frame = document.querySelector('iframe')?.contentWindow;
    frame?.postMessage({ app: 'serverless-explorer', type: 'setSpeed', speed: 'fast' }, '*');
    frame?.postMessage(
      { app: 'serverless-explorer', type: 'loadScenario', scenario: 's1.XX' },
      '*',
    );
    frame?.postMessage({ app: 'serverless-explorer', type: 'deleteEverything' }, '*');
    frame?.postMessage('play', '*');
  });
  await expect(events(page, 'error')).toHaveCount(2);
  await expect(events(page, 'error').last()).toContainText('“speed” must be a number');
  await expect(events(page, 'error').first()).toContainText('damaged');
  await expect(embed.locator('.react-flow__node')).toHaveCount(2);
});

test('the embed’s first load stays within 150 KB of JavaScript (gzip, on the network)', async ({
  page,
}) => {
  const scripts = new Map<string, number>();
  page.on('response', async (response) => {
    if (!/\.js($|\?)/.test(new URL(response.url()).pathname)) return;
    const body = await response.body().catch(() => null);
    if (body) scripts.set(new URL(response.url()).pathname, gzipSync(body).length);
  });
  await page.goto('./#/embed/example/order-fanout');
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Open in Serverless Explorer' })).toBeVisible();
  await page.waitForLoadState('networkidle');
  const names = [...scripts.keys()].join(' ');
  // No palette, inspector (the Explorer screen), learn pages, quiz or search.
  expect(names).not.toMatch(/ExplorerPage-|Palette|Inspector|ConceptRoute|LearnIndex|Quiz|Search/);
  const totalKb = [...scripts.values()].reduce((sum, n) => sum + n, 0) / 1024;
  console.log(`embed first load: ${totalKb.toFixed(1)} KB gzip of JavaScript`);
  expect(totalKb).toBeLessThanOrEqual(150);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 360, height: 640 }, hasTouch: true });

  test('no horizontal scroll, tap to play, zoom buttons, options from the link', async ({
    page,
  }) => {
    await page.goto('./#/embed/example/rest-api?speed=5&panels=cost&locked=1&bogus=1');
    await page.getByRole('button', { name: 'Play' }).tap();
    await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
    await expect(page.getByRole('combobox', { name: /speed/i })).toHaveValue('5');
    await expect(page.getByTestId('cost-line')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Zoom In' })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      360,
    );
    // Locked: nothing on the canvas can be dragged.
    await expect(page.locator('.react-flow__node').first()).not.toHaveClass(/draggable/);
    const transport = await page.getByRole('button', { name: 'Pause' }).boundingBox();
    expect((transport?.y ?? 0) + (transport?.height ?? 0)).toBeLessThanOrEqual(640);
  });
});

test('a damaged embed link says so instead of showing a blank frame', async ({ page }) => {
  await page.goto('./#/embed/s/s1.THIS-LINK-WAS-TAMPERED-WITH');
  await expect(page.getByRole('alert')).toContainText('could not be opened');
});
