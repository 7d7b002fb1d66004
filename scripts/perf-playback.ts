/**
 * Playback frame rate and long tasks, measured in Chromium against the production build:
 * the order fan-out scenario idle, then playing with ~500 tokens in flight, in one page.
 * The idle phase also counts long tasks: on a busy machine that baseline is not zero.
 * Goal (issue 4): playing ≥ 0.9 × the idle frame rate, and no long task (> 50 ms) during
 * 10 s of playback. Numbers are printed, never asserted: CI machines differ.
 *
 * Two speeds bracket the 500 tokens: 5× (≈ 400 in flight) and 10× (≈ 800).
 *
 *   npx tsx scripts/perf-playback.ts [--no-build] [--speeds=5,10] [--seconds=10]
 *
 * or `import { measurePlayback } from './perf-playback.ts'` (the bench does).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { measureIdle, measurePlaying } from './perf-playback-page.ts';
// @ts-expect-error -- a plain ES module shared with the Playwright config
import { BROWSER_ARGS, findBrowser } from './find-browser.mjs';

export interface PlayingPerf {
  speed: number;
  fps: number;
  /** fps ÷ the idle frame rate. */
  ratio: number;
  tokens: { mean: number; min: number; max: number };
  /** Frames drawn as a density instead of single tokens. */
  aggregateFrames: number;
  longTasks: number;
  longestTaskMs: number;
}

export interface PlaybackPerf {
  scenario: string;
  seconds: number;
  idleFps: number;
  /** Long tasks while idle: the machine's own noise (other processes, GC). */
  idleLongTasks: number;
  playing: PlayingPerf[];
}

export interface PerfOptions {
  build?: boolean;
  port?: number;
  speeds?: number[];
  seconds?: number;
  scenario?: string;
}

const root = fileURLToPath(new URL('..', import.meta.url));

const vite = fileURLToPath(new URL('../node_modules/vite/bin/vite.js', import.meta.url));
const answers = (url: string) =>
  fetch(url)
    .then((r) => r.ok)
    .catch(() => false);

/** Serves the build with `vite preview` (run by node directly, so that kill() stops it). */
async function startPreview(port: number): Promise<ChildProcess> {
  const url = `http://127.0.0.1:${port}/`;
  if (await answers(url)) throw new Error(`Port ${port} is taken: stop what runs there first.`);
  const server = spawn(
    process.execPath,
    [vite, 'preview', '--port', String(port), '--strictPort', '--host', '127.0.0.1'],
    { cwd: root, stdio: 'ignore' },
  );
  for (let i = 0; i < 100; i++) {
    if (await answers(url)) return server;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  server.kill();
  throw new Error(`vite preview did not answer on ${url}`);
}

export async function measurePlayback(options: PerfOptions = {}): Promise<PlaybackPerf> {
  const { build = true, port = 4174, speeds = [5, 10], seconds = 10 } = options;
  const scenario = options.scenario ?? 'order-fanout';
  if (build) {
    const result = spawnSync(process.execPath, [vite, 'build'], { cwd: root, stdio: 'ignore' });
    if (result.status !== 0) throw new Error('vite build failed');
  }
  const server = await startPreview(port);
  const browser = await chromium.launch({
    executablePath: findBrowser() as string | undefined,
    args: BROWSER_ARGS as string[],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(`http://127.0.0.1:${port}/#/example/${scenario}`);
    await page.getByRole('button', { name: 'Play', exact: true }).waitFor();
    await page.waitForTimeout(1500);
    const idle = await measureIdle(page, seconds * 1000);
    const playing: PlayingPerf[] = [];
    for (const speed of speeds) {
      // Each speed plays the run from the start (Restart: same seed, same tokens).
      await page.getByLabel('Speed').selectOption(String(speed));
      await page.getByRole('button', { name: 'Restart', exact: true }).click();
      await page.getByRole('button', { name: 'Pause', exact: true }).waitFor({ timeout: 30_000 });
      await page.waitForTimeout(1500);
      const sample = await measurePlaying(page, seconds * 1000);
      const drawn = sample.tokens;
      playing.push({
        speed,
        fps: sample.fps,
        ratio: sample.fps / idle.fps,
        tokens: {
          mean: drawn.reduce((x, y) => x + y, 0) / Math.max(1, drawn.length),
          min: Math.min(...drawn),
          max: Math.max(...drawn),
        },
        aggregateFrames: sample.aggregateFrames,
        longTasks: sample.longTasks.length,
        longestTaskMs: Math.max(0, ...sample.longTasks),
      });
    }
    return {
      scenario,
      seconds,
      idleFps: idle.fps,
      idleLongTasks: idle.longTasks.length,
      playing,
    };
  } finally {
    await browser.close();
    server.kill();
  }
}

/** The result as a table: one column per speed. */
export function formatPlaybackPerf(p: PlaybackPerf): string {
  const col = (f: (r: PlayingPerf) => string) => p.playing.map(f);
  const rows: string[][] = [
    [`${p.scenario}, ${p.seconds} s each`, 'idle', ...col((r) => `playing ${r.speed}×`)],
    ['frames per second', p.idleFps.toFixed(1), ...col((r) => r.fps.toFixed(1))],
    ['ratio to idle (goal ≥ 0.9)', '1', ...col((r) => r.ratio.toFixed(3))],
    [
      'tokens in flight (mean, min–max)',
      '0',
      ...col((r) => `${Math.round(r.tokens.mean)} (${r.tokens.min}–${r.tokens.max})`),
    ],
    ['frames drawn as density', '0', ...col((r) => String(r.aggregateFrames))],
    [
      'long tasks > 50 ms (goal 0)',
      String(p.idleLongTasks),
      ...col(
        (r) => `${r.longTasks}${r.longTasks ? ` (max ${Math.round(r.longestTaskMs)} ms)` : ''}`,
      ),
    ],
  ];
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  return rows
    .map((r) =>
      r
        .map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!)))
        .join('  '),
    )
    .join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
  measurePlayback({
    build: !process.argv.includes('--no-build'),
    speeds: (arg('speeds') ?? '5,10').split(',').map(Number),
    seconds: Number(arg('seconds') ?? 10),
  })
    .then((result) => console.log(formatPlaybackPerf(result)))
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
