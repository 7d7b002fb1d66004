// The Explorer's first load as the network sees it: opens the built site in a real Chromium (a
// first visit: empty storage, so the welcome gallery opens too), waits until the page has
// loaded everything it loads by itself (network idle, then idle main thread, twice, so staged
// and idle-time imports are counted), and sums every script it fetched, gzip-compressed,
// whatever its chunk name. With --check, fails when that exceeds the budget. A returning visit
// (saved work in storage, so no welcome gallery: the interactive canvas loads once the page is
// idle) is measured too and held to the same budget.
// The service worker is blocked: its precache downloads the whole site in the background
// after the first load, for offline use; that is not what the first visit waits for.
// Usage: node scripts/bundle-size.mjs [--check] [--route '#/learn/cold-starts']
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { BROWSER_ARGS, findBrowser } from './find-browser.mjs';
import { serveStatic } from './static-server.mjs';

// Issue 17: at most 200 KB of JavaScript (gzip) before the learner does anything.
const BUDGET_KB = Number(process.env.INITIAL_JS_BUDGET_KB ?? 200);
const dist = new URL('../dist/', import.meta.url).pathname;

const gz = (file) => gzipSync(readFileSync(join(dist, file))).length / 1024;

// A returning visitor's saved work (what autosave writes: a scenario document).
const SAVED_WORK = readFileSync(
  new URL('../content/examples/order-fanout.json', import.meta.url),
  'utf8',
);

/**
 * Scripts a visit to `route` fetches with no user action, as dist-relative paths: a first visit
 * (empty storage), or with `returning` a visit with saved work in storage.
 */
async function fetchedScripts(route, returning = false) {
  const server = await serveStatic(dist, 0);
  const { port } = server.address();
  const browser = await chromium.launch({ executablePath: findBrowser(), args: BROWSER_ARGS });
  try {
    const context = await browser.newContext({
      serviceWorkers: 'block',
      viewport: { width: 1440, height: 900 },
    });
    if (returning) {
      await context.addInitScript((saved) => {
        localStorage.setItem('serverless-explorer.scenario', saved);
      }, SAVED_WORK);
    }
    const page = await context.newPage();
    const fetched = new Set();
    const record = (url) => {
      const path = new URL(url).pathname.slice(1);
      if (path.endsWith('.js')) fetched.add(path);
    };
    // Page scripts and worker scripts alike.
    context.on('requestfinished', (request) => record(request.url()));
    await page.goto(`http://127.0.0.1:${port}/${route}`);
    for (let i = 0; i < 2; i++) {
      await page.waitForLoadState('networkidle');
      await page.evaluate(
        () =>
          new Promise((resolve) =>
            requestIdleCallback(() => setTimeout(resolve, 300), { timeout: 3000 }),
          ),
      );
    }
    await page.waitForLoadState('networkidle');
    return fetched;
  } finally {
    await browser.close();
    server.close();
  }
}

export async function bundleSummary(route = '#/') {
  if (!existsSync(join(dist, 'index.html'))) {
    throw new Error('No dist/index.html: run `npx vite build` first.');
  }
  const all = readdirSync(join(dist, 'assets'))
    .filter((f) => f.endsWith('.js'))
    .map((f) => `assets/${f}`);
  const fetched = await fetchedScripts(route);
  const returning = await fetchedScripts(route, true);
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const entry = new Set([...html.matchAll(/src="\.?\/?(assets\/[^"]+\.js)"/g)].map((m) => m[1]));
  const rows = [...new Set([...all, ...fetched, ...returning])]
    .filter((file) => existsSync(join(dist, file)))
    .map((file) => ({ file, kb: gz(file), initial: fetched.has(file) }))
    .sort((a, b) => Number(b.initial) - Number(a.initial) || b.kb - a.kb);
  const sum = (list) => list.reduce((s, r) => s + r.kb, 0);
  return {
    initialKb: sum(rows.filter((r) => r.initial)),
    returningKb: sum(rows.filter((r) => returning.has(r.file))),
    returningRows: rows.filter((r) => returning.has(r.file)),
    beforePaintKb: sum(rows.filter((r) => entry.has(r.file))),
    lazyKb: sum(rows.filter((r) => !r.initial)),
    budgetKb: BUDGET_KB,
    rows,
  };
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) {
  const routeArg = process.argv.indexOf('--route');
  const route = routeArg > 0 ? process.argv[routeArg + 1] : '#/';
  const { initialKb, returningKb, returningRows, beforePaintKb, lazyKb, rows } =
    await bundleSummary(route).catch((e) => {
      console.error(e.message);
      process.exit(1);
    });
  for (const r of rows.filter((r) => r.initial || process.argv.includes('--all')))
    console.log(
      `${r.initial ? 'fetched' : 'lazy   '}  ${r.kb.toFixed(1).padStart(7)} KB gz  ${r.file}`,
    );
  console.log(
    `First load of ${route} (scripts fetched in Chromium, no user action): ${initialKb.toFixed(1)} KB gzip (budget ${BUDGET_KB} KB), of which ${beforePaintKb.toFixed(1)} KB before the first paint; not fetched: ${lazyKb.toFixed(1)} KB`,
  );
  // --returning lists what a returning visit fetches.
  for (const r of process.argv.includes('--returning') ? returningRows : [])
    console.log(`returning ${r.kb.toFixed(1).padStart(7)} KB gz  ${r.file}`);
  console.log(
    `Returning visit of ${route} (saved work, no welcome gallery): ${returningKb.toFixed(1)} KB gzip (budget ${BUDGET_KB} KB)`,
  );
  const worst = Math.max(initialKb, returningKb);
  if (process.argv.includes('--check') && worst > BUDGET_KB) {
    console.error(`The first load is over budget by ${(worst - BUDGET_KB).toFixed(1)} KB.`);
    process.exit(1);
  }
}
