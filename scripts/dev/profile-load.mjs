// Where does first-load main-thread time go? Loads the built app at 4x CPU slowdown (as
// Lighthouse's mobile preset does), records a CPU profile and long tasks, prints the top
// functions by self time. Usage: node scripts/dev/profile-load.mjs [hash-route] (after a build)
import { chromium } from '@playwright/test';
import { findBrowser } from '../find-browser.mjs';
import { serveStatic } from '../static-server.mjs';

const route = process.argv[2] ?? '#/';
// DIST=/tmp/x profiles another build (e.g. `npx vite build --minify false --outDir /tmp/x`).
const server = await serveStatic(
  process.env.DIST ?? new URL('../../dist/', import.meta.url).pathname,
  4177,
);
const browser = await chromium.launch({ executablePath: findBrowser() });
const page = await browser.newPage({ viewport: { width: 412, height: 823 } });
const cdp = await page.context().newCDPSession(page);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: Number(process.env.RATE ?? 4) });
await cdp.send('Profiler.enable');
await cdp.send('Performance.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
await cdp.send('Profiler.start');
await page.addInitScript(() => {
  window.__long = [];
  new PerformanceObserver((l) =>
    l
      .getEntries()
      .forEach((e) => window.__long.push([Math.round(e.startTime), Math.round(e.duration)])),
  ).observe({ type: 'longtask', buffered: true });
  window.__lcp = [];
  new PerformanceObserver((l) =>
    l
      .getEntries()
      .forEach((e) =>
        window.__lcp.push([
          Math.round(e.startTime),
          e.size,
          e.element?.tagName,
          (e.element?.textContent ?? '').slice(0, 40),
        ]),
      ),
  ).observe({ type: 'largest-contentful-paint', buffered: true });
});
await page.goto(`http://127.0.0.1:4177/${route}`);
await page.waitForTimeout(5000);
const { profile } = await cdp.send('Profiler.stop');
console.log(
  'long tasks [start, duration]:',
  JSON.stringify(await page.evaluate(() => window.__long)),
);
console.log('LCP candidates:', JSON.stringify(await page.evaluate(() => window.__lcp)));
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map();
const dt = profile.timeDeltas;
profile.samples.forEach((id, i) => {
  const n = byId.get(id);
  const f = n.callFrame;
  const key = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}`;
  self.set(key, (self.get(key) ?? 0) + (dt[i] ?? 0) / 1000);
});
// Each long task's samples: page time (ms from navigation) + NavigationStart (monotonic s)
// lines up with the profile's clock (monotonic µs).
const metrics = (await cdp.send('Performance.getMetrics')).metrics;
const navStartUs = (metrics.find((m) => m.name === 'NavigationStart')?.value ?? 0) * 1e6;
const longTasks = await page.evaluate(() => window.__long);
const stamps = [];
let t = profile.startTime;
profile.samples.forEach((id, i) => {
  t += dt[i] ?? 0;
  stamps.push([t, id, (dt[i + 1] ?? 0) / 1000]);
});
for (const [start, duration] of longTasks) {
  const from = navStartUs + start * 1000;
  const to = from + duration * 1000;
  const fns = new Map();
  for (const [ts, id, ms] of stamps) {
    if (ts < from || ts > to) continue;
    const f = byId.get(id).callFrame;
    const key = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}`;
    fns.set(key, (fns.get(key) ?? 0) + ms);
  }
  console.log(`long task ${duration} ms at ${start}:`);
  for (const [k, ms] of [...fns.entries()].sort((a, b) => b[1] - a[1]).slice(0, 10))
    console.log(`      ${ms.toFixed(1).padStart(6)} ${k}`);
}
const top = [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 40);
for (const [k, ms] of top) console.log(ms.toFixed(1).padStart(8), k);
await browser.close();
server.close();
