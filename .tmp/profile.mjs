import { chromium } from '@playwright/test';
import { BROWSER_ARGS, findBrowser } from '/work/wt/17/scripts/find-browser.mjs';
import { serveStatic } from '/work/wt/17/scripts/static-server.mjs';
const server = await serveStatic('/work/wt/17/dist/', 0);
const { port } = server.address();
const browser = await chromium.launch({ executablePath: findBrowser(), args: BROWSER_ARGS });
const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true });
const page = await context.newPage();
const cdp = await context.newCDPSession(page);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
await cdp.send('Profiler.start');
await page.evaluate(() => 0).catch(()=>{});
const longTasks = [];
await page.addInitScript(() => { window.__lt = []; new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__lt.push([Math.round(e.startTime), Math.round(e.duration)]); }).observe({ type: 'longtask', buffered: true }); });
await page.goto(`http://127.0.0.1:${port}/${process.argv[2] ?? '#/'}`);
await page.waitForTimeout(8000);
const { profile } = await cdp.send('Profiler.stop');
console.log('long tasks', JSON.stringify(await page.evaluate(() => window.__lt)));
console.log('live canvas?', await page.locator('.react-flow__node').count(), 'picture?', await page.getByTestId('canvas-picture').count());
// self time per function
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map();
const dt = profile.timeDeltas; 
for (let i = 0; i < profile.samples.length; i++) {
  const n = byId.get(profile.samples[i]);
  const key = `${n.callFrame.functionName || "(anon)"} ${n.callFrame.url.split("/").pop()}:${n.callFrame.lineNumber}:${n.callFrame.columnNumber}`;
  self.set(key, (self.get(key) ?? 0) + (dt[i] ?? 0) / 1000);
}
console.log([...self].sort((a, b) => b[1] - a[1]).slice(0, 30).map(([k, v]) => `${v.toFixed(0).padStart(6)} ms  ${k}`).join('\n'));
await browser.close(); server.close();
