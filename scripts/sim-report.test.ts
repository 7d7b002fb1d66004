import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findExample } from '../content/examples/index.ts';
import { simulate } from '../src/domain/sim/index.ts';
import { coldStartTable, report } from './sim-report.ts';

const lab = findExample('cold-start-lab')!.scenario;
const result = simulate(lab);
const line = (text: string, label: string) =>
  text.split('\n').find((l) => l.trim().startsWith(`${label} `)) ?? '';

describe('the readable cold-start table of npm run sim', () => {
  const text = coldStartTable(result.functions);

  it('has a row per function with its INIT count and percentiles and what callers waited for', () => {
    expect(text.split('\n')[0]).toMatch(
      /cold\s+INIT n\s+INIT p50\s+INIT p90\s+INIT p99\s+restores\s+wait p50\s+wait p99$/,
    );
    const plain = result.functions.find((f) => f.label === 'profile-plain')!;
    expect(plain.initMs.count).toBeGreaterThan(0);
    const cells = line(text, 'profile-plain')
      .trim()
      .split(/\s{2,}/);
    expect(cells).toEqual([
      'profile-plain',
      String(plain.coldStarts),
      String(plain.initMs.count),
      `${plain.initMs.p50.toFixed(1)} ms`,
      `${plain.initMs.p90.toFixed(1)} ms`,
      `${plain.initMs.p99.toFixed(1)} ms`,
      '0',
      `${plain.coldStartMs.p50.toFixed(1)} ms`,
      `${plain.coldStartMs.p99.toFixed(1)} ms`,
    ]);
  });

  it('shows dashes without a cold start, and restores instead of INIT with SnapStart', () => {
    expect(line(text, 'profile-provisioned')).toMatch(/0\s+0\s+—\s+—\s+—\s+0\s+—\s+—$/);
    const snap = result.functions.find((f) => f.label === 'profile-snapstart')!;
    expect(snap.restores).toBe(snap.coldStarts);
    expect(line(text, 'profile-snapstart')).toMatch(
      new RegExp(
        `^\\s+profile-snapstart\\s+${snap.coldStarts}\\s+0\\s+—\\s+—\\s+—\\s+${snap.restores}\\s`,
      ),
    );
  });

  it('is part of the report, after the functions', () => {
    const whole = report(result, 1);
    expect(whole.indexOf('Cold starts (INIT is billed')).toBeGreaterThan(
      whole.indexOf('Functions'),
    );
  });

  it('is what the CLI prints without --json', () => {
    const file = fileURLToPath(new URL('../content/examples/cold-start-lab.json', import.meta.url));
    const cli = fileURLToPath(new URL('./sim-cli.ts', import.meta.url));
    const out = execFileSync(process.execPath, ['--import', 'tsx', cli, file], {
      encoding: 'utf8',
    });
    const section = out.slice(out.indexOf('Cold starts (INIT is billed'));
    expect(section.length).toBeLessThan(out.length);
    expect(line(section, 'profile-init-code')).toBe(line(text, 'profile-init-code'));
  }, 30_000);
});

describe('the queues of npm run sim', () => {
  const example = findExample('delivered-twice')!.scenario;
  const run = simulate(example);
  const queue = run.queues.find((q) => q.label === 'invoice-queue')!;

  it('count the messages delivered twice, in --json and in the table', () => {
    expect(queue.duplicatesDelivered).toBeGreaterThan(0);
    const cli = fileURLToPath(new URL('./sim-cli.ts', import.meta.url));
    const file = fileURLToPath(
      new URL('../content/examples/delivered-twice.json', import.meta.url),
    );
    const json = JSON.parse(
      execFileSync(process.execPath, ['--import', 'tsx', cli, file, '--json'], {
        encoding: 'utf8',
      }),
    ) as { queues: { label: string; duplicatesDelivered?: number }[] };
    expect(json.queues.find((q) => q.label === 'invoice-queue')?.duplicatesDelivered).toBe(
      queue.duplicatesDelivered,
    );
    const text = report(run, 1);
    expect(text).toMatch(/in\s+done\s+retries\s+twice\s+to DLQ/);
    expect(
      line(text, 'invoice-queue')
        .trim()
        .split(/\s{2,}/)[5],
    ).toBe(String(queue.duplicatesDelivered));
  }, 30_000);
});

describe('the capacity table of npm run sim', () => {
  const example = findExample('provisioned-table')!.scenario;
  const run = simulate(example);
  const table = run.services.find((s) => s.label === 'scores')!;

  it('counts a provisioned table’s throttles and SDK retries, in --json and in the table', () => {
    expect(table.throttles).toBeGreaterThan(0);
    expect(table.sdkRetries).toBeGreaterThan(0);
    const cli = fileURLToPath(new URL('./sim-cli.ts', import.meta.url));
    const file = fileURLToPath(
      new URL('../content/examples/provisioned-table.json', import.meta.url),
    );
    const json = JSON.parse(
      execFileSync(process.execPath, ['--import', 'tsx', cli, file, '--json'], {
        encoding: 'utf8',
      }),
    ) as { services: { label: string; throttles: number; sdkRetries?: number }[] };
    expect(json.services.find((s) => s.label === 'scores')).toMatchObject({
      throttles: table.throttles,
      sdkRetries: table.sdkRetries,
    });
    const text = report(run, 1);
    expect(text).toMatch(/calls\s+throttles\s+SDK retries\s+failed\s+shard throttles/);
    const cells = line(text, 'scores')
      .trim()
      .split(/\s{2,}/);
    expect(cells.slice(0, 6)).toEqual(
      ['scores', 'dynamodb', table.handled, table.throttles, table.sdkRetries, table.failed].map(
        (v) => (typeof v === 'number' ? v.toLocaleString('en-US') : v),
      ),
    );
  }, 30_000);
});
