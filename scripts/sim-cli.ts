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
import { simulate } from '../src/domain/sim/index.ts';
import { report } from './sim-report.ts';

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
