import { chromium } from '@playwright/test';
import { findBrowser, BROWSER_ARGS } from '/work/main/scripts/find-browser.mjs';
const files = process.argv.slice(2);
const b = await chromium.launch({ executablePath: findBrowser(), args: BROWSER_ARGS });
const p = await b.newPage({ viewport: { width: 1440, height: 900 } });
for (const f of files) {
  await p.goto('file://' + f);
  await p.screenshot({ path: f.replace(/\.jpe?g$/, '.png') });
}
await b.close();
