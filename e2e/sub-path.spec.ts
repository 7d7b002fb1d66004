import { fileURLToPath } from 'node:url';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';
// @ts-expect-error -- a plain ES module shared with the Lighthouse script
import { serveStatic } from '../scripts/static-server.mjs';
import { closeDialogIfOpen } from './helpers.ts';

/**
 * README promises that `dist/` can be copied under any sub-path of a static host. Serve it at
 * /courses/serverless/ with nothing at the root, as a school's web space would.
 */
const PREFIX = '/courses/serverless';
let server: Server;
let base = '';

test.beforeAll(async () => {
  server = (await serveStatic(
    fileURLToPath(new URL('../dist', import.meta.url)),
    0,
    PREFIX,
  )) as Server;
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}${PREFIX}/`;
});
test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

test('published under a sub-path: every screen loads, and it works offline from there', async ({
  page,
  context,
}) => {
  const outside: string[] = [];
  page.on('response', (r) => {
    if (!new URL(r.url()).pathname.startsWith(`${PREFIX}/`) || r.status() >= 400)
      outside.push(`${r.status()} ${r.url()}`);
  });

  await page.goto(base);
  await closeDialogIfOpen(page);
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
  expect(scope).toBe(base);

  await page.goto(`${base}#/learn/cold-starts`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(/cold start/i);
  const manifest = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(new URL(manifest ?? '', base).pathname).toBe(`${PREFIX}/manifest.webmanifest`);
  expect(outside).toEqual([]);

  // The worker controls pages loaded after it activated; then the network can go.
  await page.reload();
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
  await context.setOffline(true);
  await page.goto(`${base}#/example/order-fanout`);
  await expect(page.locator('.react-flow__node')).toHaveCount(12);
  await page.goto(`${base}#/quiz`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await context.setOffline(false);
});
