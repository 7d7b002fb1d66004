/**
 * Engine throughput: simulated requests per second of wall time.
 *   (a) the textbook model: λ = 5/s, warm 1 s, cold 2 s, keep-alive 600 s, ~1,000,000 requests;
 *   (b) the REST API gallery scenario; (c) the order fan-out gallery scenario —
 * each without and with the trace. Gallery scenarios come from content/examples/*.json when
 * present (else their equivalents in src/domain/sim/test-support/fixture-scenarios.ts) and run with their own
 * traffic for a longer simulated time, so each measurement covers many requests.
 * Each case runs once to warm up the JIT, then five times; the fastest run is reported (the
 * one least disturbed by whatever else the machine is doing), with its CPU time beside it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { parseScenario, type Scenario } from '../src/domain/diagram/index.ts';
import { simulate, textbookScenario, type SimOptions } from '../src/domain/sim/index.ts';
import {
  orderFanoutScenario,
  restApiScenario,
} from '../src/domain/sim/test-support/fixture-scenarios.ts';

const GOAL = 3_000_000;

function gallery(id: string, fallback: () => Scenario): { scenario: Scenario; source: string } {
  const path = new URL(`../content/examples/${id}.json`, import.meta.url);
  if (existsSync(path)) {
    const parsed = parseScenario(JSON.parse(readFileSync(path, 'utf8')));
    if (parsed.ok) return { scenario: parsed.scenario, source: `content/examples/${id}.json` };
  }
  return { scenario: fallback(), source: `fixtures.ts (${id})` };
}

/** Total arrival rate of a scenario's traffic (requests per second). */
const ratePerSec = (s: Scenario) =>
  Object.values(s.traffic).reduce((sum, t) => sum + t.ratePerSec, 0);

interface Case {
  name: string;
  scenario: Scenario;
  durationMs: number;
}

function measure(c: Case, trace: boolean) {
  const options: SimOptions = { durationMs: c.durationMs, trace, cost: false };
  simulate(c.scenario, { ...options, durationMs: c.durationMs / 10 }); // JIT warm-up
  const runs = [0, 1, 2, 3, 4].map(() => {
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    const r = simulate(c.scenario, options);
    const wallMs = performance.now() - t0;
    const cpu = process.cpuUsage(cpu0);
    return { r, wallMs, cpuMs: (cpu.user + cpu.system) / 1000 };
  });
  runs.sort((a, b) => a.wallMs - b.wallMs);
  const { r, wallMs, cpuMs } = runs[0]!;
  return {
    requests: r.requests.total,
    events: r.events,
    wallMs,
    perWallSecond: (r.requests.total / wallMs) * 1000,
    eventsPerSecond: (r.events / wallMs) * 1000,
    perCpuSecond: (r.requests.total / cpuMs) * 1000,
    tokens: r.trace?.tokens.count ?? 0,
  };
}

const rest = gallery('rest-api', restApiScenario);
const fanout = gallery('order-fanout', orderFanoutScenario);
const cases: Case[] = [
  {
    name: '(a) textbook λ=5/s, warm 1 s, cold 2 s, keep-alive 600 s',
    scenario: textbookScenario({
      arrivalRate: 5,
      warmMeanMs: 1000,
      coldMeanMs: 2000,
      keepAliveMs: 600_000,
    }),
    durationMs: (1_000_000 / 5) * 1000,
  },
  {
    name: `(b) REST API [${rest.source}]`,
    scenario: rest.scenario,
    durationMs: (500_000 / ratePerSec(rest.scenario)) * 1000,
  },
  {
    name: `(c) order fan-out [${fanout.source}]`,
    scenario: fanout.scenario,
    durationMs: (200_000 / ratePerSec(fanout.scenario)) * 1000,
  },
];

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
const header = [
  'case',
  'trace',
  'requests',
  'events',
  'wall ms',
  'requests/s (wall)',
  'events/s',
  'requests/s (CPU)',
  'trace tokens',
];
const rows: string[][] = [];
let textbookRate = 0;
for (const c of cases) {
  for (const trace of [false, true]) {
    const m = measure(c, trace);
    if (c === cases[0] && !trace) textbookRate = m.perWallSecond;
    rows.push([
      c.name,
      trace ? 'on' : 'off',
      fmt(m.requests),
      fmt(m.events),
      fmt(m.wallMs),
      fmt(m.perWallSecond),
      fmt(m.eventsPerSecond),
      fmt(m.perCpuSecond),
      fmt(m.tokens),
    ]);
  }
}

const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const line = (cells: string[]) =>
  cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
console.log(
  `Engine throughput — Node ${process.version}, ${cpus().length} CPU(s): ${cpus()[0]?.model ?? 'unknown'}`,
);
console.log(line(header));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const r of rows) console.log(line(r));
console.log(
  `\nGoal for (a): ≥ ${fmt(GOAL)} simulated requests per wall-second — ${textbookRate >= GOAL ? 'met' : 'NOT met'} (${fmt(textbookRate)}).`,
);
console.log(
  'Wall time depends on what else the machine runs; "requests/s (CPU)" counts this process only.',
);

// --- The rest of the project's measured figures (issue 6 asks for them in one place). ---
(await import('./crossover-bench.ts')).printCrossoverSweep();
await printLinkLengths();
await printFirstLoadAndPlayback();

/** Link lengths of the gallery scenarios (budget: a 12-node scenario's fragment ≤ 1,000). */
async function printLinkLengths() {
  const { GALLERY } = await import('../content/examples/index.ts');
  const { encodeScenarioToFragment } = await import('../src/domain/share/link-codec.ts');
  console.log('\nShare links of the gallery scenarios');
  console.log(`${'example'.padEnd(18)}  nodes  fragment chars  #/s/… chars`);
  for (const example of GALLERY) {
    const fragment = encodeScenarioToFragment(example.scenario);
    console.log(
      `${example.id.padEnd(18)}  ${String(example.scenario.nodes.length).padStart(5)}  ${fmt(fragment.length).padStart(14)}  ${fmt(fragment.length + 4).padStart(11)}`,
    );
  }
}

/** Builds the app, then the first-load size and the playback frame rate (skip: --no-playback). */
async function printFirstLoadAndPlayback() {
  if (process.argv.includes('--no-playback')) {
    console.log('\n(First load and playback frame rate skipped: --no-playback.)');
    return;
  }
  const { spawnSync } = await import('node:child_process');
  const build = spawnSync('npx', ['vite', 'build'], { stdio: 'ignore' });
  if (build.status !== 0) throw new Error('vite build failed');
  // @ts-expect-error -- a plain ES module shared with the test chain
  const { bundleSummary } = await import('./bundle-size.mjs');
  const size = (await bundleSummary()) as {
    initialKb: number;
    beforePaintKb: number;
    lazyKb: number;
    budgetKb: number;
  };
  console.log(
    `\nFirst load (Explorer route, scripts fetched in Chromium): ${size.initialKb.toFixed(1)} KB gzip of JavaScript (budget ${size.budgetKb} KB), ${size.beforePaintKb.toFixed(1)} KB of it before the first paint; loaded on demand: ${size.lazyKb.toFixed(1)} KB`,
  );
  const { measurePlayback, formatPlaybackPerf } = await import('./perf-playback.ts');
  console.log('\nPlayback frame rate (order fan-out, production build, headless Chromium)');
  console.log(formatPlaybackPerf(await measurePlayback({ build: false })));
}
