/**
 * Headless simulation: reads the JSON that Export writes, or a share link (the whole URL or
 * just its fragment), validates it with parseScenario and prints the metrics as a table (or JSON).
 *
 *   npm run sim -- <scenario.json | share link> [--seed N] [--duration 10m] [--json]
 *
 * Exit codes: 0 done, 1 the file is missing, the link is damaged or not a valid scenario, 2 wrong usage.
 */
import { readFileSync } from 'node:fs';
import { parseScenario } from '../src/domain/diagram/index.ts';
import { decodeScenarioFragment } from '../src/domain/share/link-codec.ts';
import { fragmentFromLinkText } from '../src/domain/share/link-text.ts';
import { simulate, type SimResult } from '../src/domain/sim/index.ts';

const USAGE =
  'Usage: npm run sim -- <scenario.json | share link> [--seed N] [--duration 10m|90s|1h|500ms] [--json]';

function fail(code: number, ...lines: string[]): never {
  for (const line of lines) process.stderr.write(`${line}\n`);
  process.exit(code);
}

/** "10m" → 600000; a bare number is seconds. */
function parseDuration(text: string): number | null {
  const m = /^(\d+(?:\.\d+)?)\s*(ms|s|m|min|h|d)?$/.exec(text.trim());
  if (!m) return null;
  const unit =
    { ms: 1, s: 1000, m: 60_000, min: 60_000, h: 3_600_000, d: 86_400_000 }[m[2] ?? 's'] ?? 1000;
  const ms = Number(m[1]) * unit;
  return ms > 0 && Number.isFinite(ms) ? ms : null;
}

function parseArgs(argv: string[]) {
  const args = {
    file: '',
    seed: undefined as number | undefined,
    durationMs: undefined as number | undefined,
    json: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const value = () => argv[++i] ?? fail(2, `${arg} needs a value.`, USAGE);
    if (arg === '--json') args.json = true;
    else if (arg === '--seed') {
      const text = value();
      const seed = Number(text);
      if (!Number.isInteger(seed) || seed < 0 || seed > 2 ** 32 - 1)
        fail(2, `--seed must be a whole number from 0 to 4294967295, got "${text}".`);
      args.seed = seed;
    } else if (arg === '--duration') {
      const text = value();
      args.durationMs =
        parseDuration(text) ??
        fail(2, `--duration must look like 90s, 10m, 1h or 500ms, got "${text}".`);
    } else if (arg === '--help' || arg === '-h') fail(0, USAGE);
    else if (arg.startsWith('-')) fail(2, `Unknown option ${arg}.`, USAGE);
    else if (args.file)
      fail(
        2,
        `Only one scenario (a file or a share link), please (got "${args.file}" and "${arg}").`,
        USAGE,
      );
    else args.file = arg;
  }
  if (!args.file) fail(2, USAGE);
  return args;
}

/** Where a JSON syntax error is, as "line L, column C", from the offset Node reports. */
function jsonErrorAt(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const pos = /position (\d+)/.exec(message);
  if (!pos) return message;
  const before = text.slice(0, Number(pos[1]));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return `${message.replace(/\s*\(line \d+ column \d+\)/, '')} (line ${line}, column ${column})`;
}

function load(file: string) {
  const fragment = fragmentFromLinkText(file);
  if (fragment !== null) {
    const decoded = decodeScenarioFragment(fragment);
    if (!decoded.ok) fail(1, `The share link did not open: ${decoded.error}`);
    return decoded.scenario;
  }
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    fail(
      1,
      `Cannot read ${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : String(error)}.`,
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    fail(1, `${file} is not valid JSON: ${jsonErrorAt(text, error)}.`);
  }
  const parsed = parseScenario(json);
  if (!parsed.ok)
    fail(1, `${file} is not a valid scenario:`, ...parsed.errors.map((e) => `  - ${e}`));
  return parsed.scenario;
}

const fmt = (n: number, digits = 0) =>
  n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const ms = (n: number) => (n >= 1000 ? `${fmt(n / 1000, 2)} s` : `${fmt(n, 1)} ms`);
const usd = (n: number) => (n > 0 && n < 0.0001 ? '< $0.0001' : `$${fmt(n, n < 1 ? 4 : 2)}`);
const pct = (n: number) => `${fmt(n * 100, 2)} %`;

function table(headers: string[], rows: (string | number)[][]): string {
  const cells = [headers, ...rows.map((r) => r.map((c) => (typeof c === 'number' ? fmt(c) : c)))];
  const widths = headers.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  return cells
    .map(
      (r) =>
        '  ' +
        r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('   '),
    )
    .join('\n');
}

function report(r: SimResult, wallMs: number): string {
  const out: string[] = [];
  const stopped =
    r.stoppedEarlyAtMs !== null
      ? ` — STOPPED EARLY at ${ms(r.stoppedEarlyAtMs)} (event budget)`
      : '';
  out.push(
    `${r.scenario} — seed ${r.seed}, ${ms(r.durationMs)} simulated, ${fmt(r.events)} events in ${fmt(wallMs)} ms${stopped}`,
    '',
  );
  const q = r.requests;
  out.push(
    'Requests',
    table(
      ['', 'total', 'succeeded', 'failed', 'throttled', 'dead-lettered', 'in flight'],
      [['', q.total, q.succeeded, q.failed, q.throttled, q.deadLettered, q.inFlight]],
    ),
    '',
  );
  const l = r.latency;
  if (l.count > 0) {
    out.push(
      'Synchronous requests, end to end',
      table(
        ['', 'answered', 'ok', '429', 'errors', 'p50', 'p95', 'p99', 'max'],
        [
          [
            '',
            l.count,
            l.ok,
            l.throttled,
            l.errors,
            ms(l.p50Ms),
            ms(l.p95Ms),
            ms(l.p99Ms),
            ms(l.maxMs),
          ],
        ],
      ),
      '',
    );
  }
  const t = r.totals;
  out.push(
    `Totals: ${fmt(t.invocations)} invocations, ${fmt(t.coldStarts)} cold starts (${pct(t.coldStartShare)}), ${fmt(t.errors)} errors, ${fmt(t.throttles)} throttles, ${fmt(t.retries)} retries, ${fmt(t.deadLettered)} dead-lettered, ${fmt(t.dropped)} dropped`,
    '',
  );
  if (r.functions.length > 0) {
    const rows = r.functions.map((f) => [
      f.label,
      f.invocations,
      f.coldStarts,
      pct(f.coldStartShare),
      f.errors,
      f.throttles,
      ms(f.meanDurationMs),
      fmt(f.avgConcurrency, 2),
      f.peakEnvironments,
      f.concurrencyLimit,
    ]);
    out.push(
      'Functions',
      table(
        [
          '',
          'invocations',
          'cold',
          'cold share',
          'errors',
          'throttles',
          'mean duration',
          'avg concurrency',
          'peak envs',
          'limit',
        ],
        rows,
      ),
      '',
    );
  }
  if (r.queues.length > 0) {
    const rows = r.queues.map((x) => [
      x.label,
      x.kind,
      x.received,
      x.delivered,
      x.retries,
      x.deadLettered,
      fmt(x.avgDepth, 1),
      x.peakDepth,
      x.finalDepth,
    ]);
    out.push(
      'Queues and streams',
      table(['', 'kind', 'in', 'done', 'retries', 'to DLQ', 'avg depth', 'peak', 'at end'], rows),
      '',
    );
  }
  if (r.cost) {
    const c = r.cost;
    const rows = Object.entries(c.byNode).map(([id, b]) => [id, usd(b.usd)]);
    out.push(
      `Cost (us-east-1, free tier ${c.options.freeTier ? 'on' : 'off'}, INIT billed: ${c.options.initBilling ? 'yes' : 'no'})`,
      table(['', 'USD'], [...rows, ['total', usd(c.total.usd)]]),
    );
    out.push(`  This traffic for 30 days: ${usd(c.monthly.usd)}`);
  }
  return out.join('\n');
}

/** Typed arrays become plain arrays in JSON. */
const jsonReplacer = (_key: string, value: unknown) =>
  ArrayBuffer.isView(value) ? Array.from(value as unknown as ArrayLike<number>) : value;

const args = parseArgs(process.argv.slice(2));
const scenario = load(args.file);
const started = performance.now();
const result = simulate(scenario, { seed: args.seed, durationMs: args.durationMs });
const wallMs = performance.now() - started;
process.stdout.write(
  args.json ? `${JSON.stringify(result, jsonReplacer, 2)}\n` : `${report(result, wallMs)}\n`,
);
