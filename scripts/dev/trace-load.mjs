// Records a Chrome trace of the first load and prints what the long main-thread tasks spent
// their time on (trace event names, self time). Dev aid: node scripts/dev/trace-load.mjs '#/'
import { chromium } from '@playwright/test';
import { findBrowser } from '../find-browser.mjs';
import { serveStatic } from '../static-server.mjs';

const server = await serveStatic(
  process.env.DIST ?? new URL('../../dist/', import.meta.url).pathname,
  4180,
);
const browser = await chromium.launch({ executablePath: findBrowser() });
const page = await browser.newPage({ viewport: { width: 412, height: 823 } });
await browser.startTracing(page, {
  categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink', 'loading'],
});
await page.goto(`http://127.0.0.1:4180/${process.argv[2] ?? '#/'}`);
await page.waitForTimeout(4000);
const events = JSON.parse((await browser.stopTracing()).toString()).traceEvents;
const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
const mine = events.filter(
  (e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur,
);
const tasks = mine.filter((e) => e.name === 'RunTask' && e.dur > 12_000);
const t0 = Math.min(...mine.map((e) => e.ts));
for (const task of tasks) {
  const inside = mine.filter(
    (e) => e !== task && e.ts >= task.ts && e.ts + e.dur <= task.ts + task.dur,
  );
  const byName = new Map();
  for (const e of inside) byName.set(e.name, (byName.get(e.name) ?? 0) + e.dur / 1000);
  const top = [...byName.entries()].sort((a, b) => b[1] - a[1]).slice(0, 7);
  console.log(
    `task ${(task.dur / 1000).toFixed(1)} ms at ${((task.ts - t0) / 1000).toFixed(0)}: ${top.map(([n, ms]) => `${n} ${ms.toFixed(1)}`).join(', ')}`,
  );
}
await browser.close();
server.close();
