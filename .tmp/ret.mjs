import { readFileSync } from 'node:fs';
const m = await import('../scripts/bundle-size.mjs');
