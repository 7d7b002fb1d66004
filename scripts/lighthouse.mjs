// Lighthouse (mobile preset) on the production build served statically, with the system
// Chromium: performance, accessibility and best practices for the Explorer, a concept page, a
// lesson and the quiz. LH_PORT picks the server's port (checkouts side by side).
// Usage: npm run lighthouse [-- --runs N --details --save --no-build --only explorer|concept|lesson|quiz|embed]
// (builds first; prints one table of median scores; exit 1 if a target is missed)
import { execSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { findBrowser } from './find-browser.mjs';
import { serveStatic } from './static-server.mjs';

const root = new URL('../dist/', import.meta.url).pathname;
if (!process.argv.includes('--no-build')) execSync('npx vite build', { stdio: 'ignore' });

// Served gzipped, as real static hosts do (see static-server.mjs).
const port = Number(process.env.LH_PORT ?? 4175);
const server = await serveStatic(root, port);

const onlyArg = process.argv.indexOf('--only');
const only = onlyArg > 0 ? (process.argv[onlyArg + 1] ?? '').toLowerCase() : '';
const pages = [
  ['Explorer', `http://127.0.0.1:${port}/#/`],
  ['Concept page', `http://127.0.0.1:${port}/#/learn/cold-starts`],
  ['Lesson', `http://127.0.0.1:${port}/#/lesson/first-api`],
  ['Quiz', `http://127.0.0.1:${port}/#/quiz`],
  ['Embed', `http://127.0.0.1:${port}/#/embed/example/order-fanout`],
].filter(([name]) => name.toLowerCase().includes(only));
const targets = { performance: 95, accessibility: 100, 'best-practices': 100 };
const chrome = await chromeLauncher.launch({
  chromePath: findBrowser(),
  chromeFlags: [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    '--disable-sync',
  ],
});
// Lighthouse's simulated timings vary from run to run on a shared machine; like Lighthouse's
// own guidance, report the run with the median performance score (--runs N, default 5).
const runsArg = process.argv.indexOf('--runs');
const runs = runsArg > 0 ? Math.max(1, Number(process.argv[runsArg + 1]) || 1) : 5;
let missed = false;
console.log(`page           performance  accessibility  best-practices   (median of ${runs} runs)`);
for (const [name, url] of pages) {
  const results = [];
  for (let i = 0; i < runs; i++) {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: Object.keys(targets),
    });
    if (result) results.push(result);
  }
  const perf = (r) => r.lhr.categories.performance?.score ?? 0;
  results.sort((a, b) => perf(a) - perf(b));
  const result = results[Math.floor(results.length / 2)];
  const scores = Object.keys(targets).map((k) =>
    Math.round((result?.lhr.categories[k]?.score ?? 0) * 100),
  );
  Object.values(targets).forEach((t, i) => (missed ||= (scores[i] ?? 0) < t));
  // --save writes the median report's JSON, for digging into a slow page.
  if (process.argv.includes('--save') && result) {
    writeFileSync(`lighthouse-${name.replace(/\W+/g, '-').toLowerCase()}.json`, result.report);
  }
  const audit = (id) => result?.lhr.audits[id]?.displayValue ?? '';
  console.log(
    `${name.padEnd(15)}${String(scores[0]).padStart(11)}${String(scores[1]).padStart(15)}${String(scores[2]).padStart(16)}`,
  );
  if (process.argv.includes('--details')) {
    console.log(
      `  FCP ${audit('first-contentful-paint')}, LCP ${audit('largest-contentful-paint')}, TBT ${audit('total-blocking-time')}, CLS ${audit('cumulative-layout-shift')}, SI ${audit('speed-index')}; performance of every run: ${results.map((r) => Math.round(perf(r) * 100)).join(', ')}`,
    );
  }
}
await chrome.kill();
server.close();
process.exit(missed ? 1 : 0);
