/**
 * The production build carries no test hooks: no `__sx…` names (the playback hooks tests once
 * read from `globalThis`) and nothing hung on `globalThis`/`window` under a `__` name (a
 * library's own global excepted). Run after
 * `vite build` (scripts/test-all.sh does); src/shipped-code.test.ts checks the same in source.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const DIST = new URL('../dist/', import.meta.url).pathname;
// Libraries keep their own globals (zod's `__zod_globalConfig`); those are not ours to judge.
const HOOK = /__sx[A-Za-z]|\b(?:globalThis|window|self)\s*(?:\.|\[\s*['"`])__(?!zod_)[A-Za-z]/;

function jsFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return jsFiles(path);
    return /\.m?js$/.test(entry.name) ? [path] : [];
  });
}

if (!existsSync(DIST)) {
  console.error('No dist/: run `npx vite build` first.');
  process.exit(1);
}
const files = jsFiles(DIST);
const offenders = files.filter((file) => HOOK.test(readFileSync(file, 'utf8')));
if (offenders.length > 0) {
  console.error(`Test hooks in the production build:\n  ${offenders.join('\n  ')}`);
  process.exit(1);
}
console.log(`No test hooks in the production build (${files.length} scripts checked).`);
