// Measures the JavaScript the Explorer route loads up front, gzip-compressed: the entry chunk
// (what index.html references), the app and saved work it loads after the first paint
// (`start-*`, `boot-*`), the
// Explorer screen and its canvas (`ExplorerPage-*`, `CanvasArea-*`), each with everything it imports statically. With --check,
// fails when that exceeds the budget. Lazy chunks (learn, quiz, charts, search) are listed apart.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = Number(process.env.INITIAL_JS_BUDGET_KB ?? 200);
/** Chunks the entry imports dynamically at start-up for the Explorer route (src/main.tsx). */
const STARTUP_CHUNKS = [
  /^boot-[\w-]+\.js$/,
  /^start-[\w-]+\.js$/,
  /^App-[\w-]+\.js$/,
  /^ExplorerPage-[\w-]+\.js$/,
  /^CanvasArea-[\w-]+\.js$/,
];
const dist = new URL('../dist/', import.meta.url).pathname;
if (!existsSync(join(dist, 'index.html'))) {
  console.error('No dist/index.html: run `npx vite build` first.');
  process.exit(1);
}
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const all = readdirSync(join(dist, 'assets'))
  .filter((f) => f.endsWith('.js'))
  .map((f) => `assets/${f}`);
const entry = [...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+\.js)"/g)].map((m) => m[1]);
const startup = all.filter((f) => STARTUP_CHUNKS.some((re) => re.test(f.slice('assets/'.length))));
for (const re of STARTUP_CHUNKS) {
  if (!startup.some((f) => re.test(f.slice('assets/'.length)))) {
    console.error(`No chunk matches ${re}: did src/main.tsx or the chunk names change?`);
    process.exit(1);
  }
}

/** The files plus everything they import statically (`import … from "./x.js"`), not import(). */
function withStaticImports(files) {
  const found = new Set(files);
  const queue = [...files];
  while (queue.length > 0) {
    const code = readFileSync(join(dist, queue.pop()), 'utf8');
    for (const m of code.matchAll(
      /(?:^|[;\n}])\s*import\s*(?:[\w${},*\s]+from\s*)?["']\.\/([^"']+\.js)["']/g,
    )) {
      const dep = `assets/${m[1]}`;
      if (!found.has(dep)) {
        found.add(dep);
        queue.push(dep);
      }
    }
  }
  return found;
}
const beforePaint = withStaticImports(entry);
const initial = withStaticImports([...entry, ...startup]);
const gz = (file) => gzipSync(readFileSync(join(dist, file))).length / 1024;
const rows = all
  .map((file) => ({ file, kb: gz(file), initial: initial.has(file) }))
  .sort((a, b) => Number(b.initial) - Number(a.initial) || b.kb - a.kb);
const initialKb = rows.filter((r) => r.initial).reduce((s, r) => s + r.kb, 0);
const lazyKb = rows.filter((r) => !r.initial).reduce((s, r) => s + r.kb, 0);
const beforePaintKb = rows.filter((r) => beforePaint.has(r.file)).reduce((s, r) => s + r.kb, 0);

export function bundleSummary() {
  return { initialKb, beforePaintKb, lazyKb, budgetKb: BUDGET_KB, rows };
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) {
  for (const r of rows)
    console.log(
      `${r.initial ? 'initial' : 'lazy   '}  ${r.kb.toFixed(1).padStart(7)} KB gz  ${r.file}`,
    );
  console.log(
    `Initial JS (Explorer route): ${initialKb.toFixed(1)} KB gzip (budget ${BUDGET_KB} KB), of which ${beforePaintKb.toFixed(1)} KB before the first paint; lazy: ${lazyKb.toFixed(1)} KB`,
  );
  if (process.argv.includes('--check') && initialKb > BUDGET_KB) {
    console.error(`Initial JS is over budget by ${(initialKb - BUDGET_KB).toFixed(1)} KB.`);
    process.exit(1);
  }
}
