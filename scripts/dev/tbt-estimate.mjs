// A steadier first-load check than Lighthouse's simulation for comparing two builds: loads the
// page N times at a real 4x CPU slowdown and prints the median blocking time after first
// contentful paint (sum of each long task beyond 50 ms) and the long tasks of the median run.
// Usage: node scripts/dev/tbt-estimate.mjs [hash-route] [runs]   (DIST=/other/dist to compare)
import { chromium } from '@playwright/test';
import { findBrowser } from '../find-browser.mjs';
import { serveStatic } from '../static-server.mjs';

const route = process.argv[2] ?? '#/';
const runs = Number(process.argv[3] ?? 7);
const server = await serveStatic(
  process.env.DIST ?? new URL('../../dist/', import.meta.url).pathname,
  4178,
);
const browser = await chromium.launch({ executablePath: findBrowser() });
const results = [];
for (let i = 0; i < runs; i++) {
  const page = await browser.newPage({ viewport: { width: 412, height: 823 } });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.addInitScript(() => {
    window.__long = [];
    new PerformanceObserver((l) =>
      l.getEntries().forEach((e) => window.__long.push([e.startTime, e.duration])),
    ).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(`http://127.0.0.1:4178/${route}`);
  await page.waitForTimeout(6000);
  const { long, fcp } = await page.evaluate(() => ({
    long: window.__long,
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0,
  }));
  const after = long.filter(([start]) => start >= fcp);
  const tbt = after.reduce((sum, [, d]) => sum + Math.max(0, d - 50), 0);
  results.push({ tbt, fcp, tasks: after.map(([s, d]) => `${Math.round(d)}@${Math.round(s)}`) });
  await page.close();
}
results.sort((a, b) => a.tbt - b.tbt);
const median = results[Math.floor(results.length / 2)];
console.log(
  `blocking time after FCP, 4x CPU: median ${Math.round(median.tbt)} ms (all: ${results.map((r) => Math.round(r.tbt)).join(', ')}); FCP ${Math.round(median.fcp)} ms`,
);
console.log(`long tasks of the median run (duration@start): ${median.tasks.join(' ')}`);
await browser.close();
server.close();
