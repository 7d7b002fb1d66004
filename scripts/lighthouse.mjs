// Lighthouse (mobile preset) on the production build served statically, with the system
// Chromium: performance, accessibility and best practices for the Explorer and a concept page.
// Usage: npm run lighthouse   (builds first; prints one table; exit 1 if a target is missed)
import { execSync } from 'node:child_process';
import { createServer } from 'node:http';
import { readFileSync, existsSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { findBrowser } from './find-browser.mjs';

const root = new URL('../dist/', import.meta.url).pathname;
if (!process.argv.includes('--no-build')) execSync('npx vite build', { stdio: 'ignore' });

// A plain static server (no SPA fallback), as a real host would be.
const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
};
const server = createServer((req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(
    /^(\.\.[/\\])+/,
    '',
  );
  let file = join(root, path);
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!existsSync(file)) return res.writeHead(404).end('not found');
  res.writeHead(200, {
    'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
    'cache-control': 'max-age=31536000',
  });
  res.end(readFileSync(file));
});
await new Promise((r) => server.listen(4175, '127.0.0.1', r));

const pages = [
  ['Explorer', 'http://127.0.0.1:4175/#/'],
  ['Concept page', 'http://127.0.0.1:4175/#/learn/cold-starts'],
];
const targets = { performance: 95, accessibility: 100, 'best-practices': 95 };
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
let missed = false;
console.log('page           performance  accessibility  best-practices');
for (const [name, url] of pages) {
  const result = await lighthouse(url, {
    port: chrome.port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: Object.keys(targets),
  });
  const scores = Object.keys(targets).map((k) =>
    Math.round((result?.lhr.categories[k]?.score ?? 0) * 100),
  );
  Object.values(targets).forEach((t, i) => (missed ||= (scores[i] ?? 0) < t));
  const audit = (id) => result?.lhr.audits[id]?.displayValue ?? '';
  if (process.argv.includes('--details')) {
    console.log(
      `  FCP ${audit('first-contentful-paint')}, LCP ${audit('largest-contentful-paint')}, TBT ${audit('total-blocking-time')}, CLS ${audit('cumulative-layout-shift')}, SI ${audit('speed-index')}`,
    );
  }
  console.log(
    `${name.padEnd(15)}${String(scores[0]).padStart(11)}${String(scores[1]).padStart(15)}${String(scores[2]).padStart(16)}`,
  );
}
await chrome.kill();
server.close();
process.exit(missed ? 1 : 0);
