/**
 * The crossover sweep's time and result, for `npm run bench`: the gallery's "The same API on
 * Lambda and on Fargate" at the experiment's default settings, 13 rates from 0.1 to 1,000 a
 * second, each point an engine run of both designs without trace (sweepPoint), on this
 * thread. Issue 13 asks for the whole sweep in under 3 s. Run alone: `npx tsx scripts/crossover-bench.ts`.
 */
import { GALLERY } from '../content/examples/index.ts';
import {
  ALL_LINES_ON,
  describeCrossover,
  findCrossover,
  logRates,
} from '../src/domain/crossover/index.ts';
import { DEFAULT_EXPERIMENT, sweepPoint } from '../src/domain/crossover/experiment.ts';

const SWEEP_GOAL_MS = 3000;

export function measureCrossoverSweep() {
  const example = GALLERY.find((g) => g.id === 'api-lambda-vs-fargate');
  if (!example) throw new Error('gallery example api-lambda-vs-fargate is missing');
  const rates = logRates();
  sweepPoint(example.scenario, 'create-order', DEFAULT_EXPERIMENT, rates[0]!); // JIT warm-up
  const runs = [0, 1, 2].map(() => {
    const t0 = performance.now();
    const points = rates.map((rate) =>
      sweepPoint(example.scenario, 'create-order', DEFAULT_EXPERIMENT, rate),
    );
    return { ms: performance.now() - t0, points };
  });
  runs.sort((a, b) => a.ms - b.ms);
  const { ms, points } = runs[0]!;
  return { ms, points, rates, crossover: findCrossover(points, ALL_LINES_ON) };
}

export function printCrossoverSweep() {
  const { ms, rates, points, crossover } = measureCrossoverSweep();
  console.log(
    `\nCrossover sweep ("The same API on Lambda and on Fargate", default settings, all lines): ${rates.length} points from ${rates[0]} to ${rates.at(-1)} requests/s in ${Math.round(ms).toLocaleString('en-US')} ms (fastest of 3; goal < ${SWEEP_GOAL_MS} ms: ${ms < SWEEP_GOAL_MS ? 'met' : 'NOT met'})`,
  );
  console.log(describeCrossover(crossover));
  if (crossover.kind === 'crossing')
    console.log(`Crossover at ${crossover.ratePerSec.toFixed(2)} requests/s.`);
  const computeOnly = findCrossover(points, {
    frontDoor: false,
    logs: false,
    network: false,
    provisioned: false,
  });
  console.log(`Compute and shared lines only: ${describeCrossover(computeOnly)}`);
}

if (process.argv[1]?.endsWith('crossover-bench.ts')) printCrossoverSweep();
