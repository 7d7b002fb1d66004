import { chromium } from '@playwright/test';
import { BROWSER_ARGS, findBrowser } from '../scripts/find-browser.mjs';
import { serveStatic } from '../scripts/static-server.mjs';
const server = await serveStatic(new URL('../dist/', import.meta.url).pathname, 0);
const { port } = server.address();
const browser = await chromium.launch({ executablePath: findBrowser(), args: BROWSER_ARGS });
const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 1440, height: 900 } });
const page = await context.newPage();
await page.goto(`http://127.0.0.1:${port}/#/`);
await page.waitForTimeout(1500);
await page.screenshot({ path: '.tmp/first.png' });
console.log(await page.evaluate(() => Object.keys(localStorage)));
await page.keyboard.press('Escape');
for (let i=0;i<10;i++){ await page.waitForTimeout(500); console.log(i, await page.locator('.react-flow__node').count(), await page.locator('dialog[open]').count()); }
console.log(await page.evaluate(() => Object.keys(localStorage)), await page.locator('.react-flow__node').count());
await page.screenshot({ path: '.tmp/after.png' });
await browser.close(); server.close();
