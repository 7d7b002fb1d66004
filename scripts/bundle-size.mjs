// Measures the JavaScript the Explorer route loads up front (the entry chunk and everything
// it imports statically, as index.html references it), gzip-compressed. With --check, fails
// when it exceeds the budget. Lazy chunks (learn, quiz, charts, search) are listed apart.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = Number(process.env.INITIAL_JS_BUDGET_KB ?? 200);
const dist = new URL('../dist/', import.meta.url).pathname;
if (!existsSync(join(dist, 'index.html'))) {
  console.error('No dist/index.html: run `npx vite build` first.');
  process.exit(1);
}
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const initial = new Set(
  [...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+\.js)"/g)].map((m) => m[1]),
);
// Follow static imports (`import … from "./x.js"` at the top of each chunk), not import().
const queue = [...initial];
while (queue.length > 0) {
  const file = queue.pop();
  const code = readFileSync(join(dist, file), 'utf8');
  for (const m of code.matchAll(
    /(?:^|[;\n}])\s*import\s*(?:[\w${},*\s]+from\s*)?["']\.\/([^"']+\.js)["']/g,
  )) {
    const dep = `assets/${m[1]}`;
    if (!initial.has(dep)) {
      initial.add(dep);
      queue.push(dep);
    }
  }
}
const gz = (file) => gzipSync(readFileSync(join(dist, file))).length / 1024;
const all = readdirSync(join(dist, 'assets'))
  .filter((f) => f.endsWith('.js'))
  .map((f) => `assets/${f}`);
const rows = all
  .map((file) => ({ file, kb: gz(file), initial: initial.has(file) }))
  .sort((a, b) => Number(b.initial) - Number(a.initial) || b.kb - a.kb);
const initialKb = rows.filter((r) => r.initial).reduce((s, r) => s + r.kb, 0);
const lazyKb = rows.filter((r) => !r.initial).reduce((s, r) => s + r.kb, 0);

export function bundleSummary() {
  return { initialKb, lazyKb, budgetKb: BUDGET_KB, rows };
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) {
  for (const r of rows)
    console.log(
      `${r.initial ? 'initial' : 'lazy   '}  ${r.kb.toFixed(1).padStart(7)} KB gz  ${r.file}`,
    );
  console.log(
    `Initial JS (Explorer route): ${initialKb.toFixed(1)} KB gzip (budget ${BUDGET_KB} KB); lazy: ${lazyKb.toFixed(1)} KB`,
  );
  if (process.argv.includes('--check') && initialKb > BUDGET_KB) {
    console.error(`Initial JS is over budget by ${(initialKb - BUDGET_KB).toFixed(1)} KB.`);
    process.exit(1);
  }
}
