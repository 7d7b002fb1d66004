/**
 * INIT of a minimal ("hello world") function: how long the runtime takes to start before the
 * handler module is ready, per runtime family × package type × architecture.
 *
 * Calibrated to public measurements: maxday/lambda-perf (github.com/maxday/lambda-perf), which
 * forces ten cold starts a day of hello-world functions for every runtime, .zip and image,
 * x86_64 and arm64, 128–1024 MB, and records the `Init Duration` of the REPORT line. The window
 * 2026-07-23 … 2026-08-22 (30 daily files, ~1,150 samples per combination, memory sizes pooled)
 * is kept in `init-measurements.json` with its p50/p90/p99; the test checks the model's p50 and
 * p90 against it.
 *
 * The shape: a mixture of two log-normals, a "fast" mode and a "slow" mode. The measurements are
 * not one log-normal: most combinations have a tight body and a separate slow cluster (Java and
 * .NET images and .NET on arm64 put 10–75 % of their starts in a second mode 1.5–2.5× slower;
 * .zip Node.js, Python and Go have a body a few ms wide). The parameters below were fitted to
 * the log of the samples of that window by expectation-maximisation (two Gaussian components),
 * once, offline; where the data has one mode the two components simply overlap.
 */
import type { Rng } from '../../sim/rng.ts';
import type { Architecture, PackageType, RuntimeFamily } from './runtime-family.ts';

export interface InitMixture {
  /** Median (ms) and log-normal σ of the fast mode. */
  fastMedianMs: number;
  fastSigma: number;
  /** Share of starts in the slow mode, 0..1. */
  slowShare: number;
  slowMedianMs: number;
  slowSigma: number;
}

function mix(
  fastMedianMs: number,
  fastSigma: number,
  slowShare: number,
  slowMedianMs: number,
  slowSigma: number,
): InitMixture {
  return { fastMedianMs, fastSigma, slowShare, slowMedianMs, slowSigma };
}

export type InitKey = `${RuntimeFamily}/${PackageType}/${Architecture}`;

/** Fitted to lambda-perf, 2026-07-23 … 2026-08-22 (see the file comment). */
export const INIT_MIXTURES: Readonly<Record<InitKey, InitMixture>> = {
  'nodejs/zip/x86_64': mix(140.2, 0.039, 0.495, 142.5, 0.142),
  'nodejs/zip/arm64': mix(131.5, 0.033, 0.398, 111.7, 0.153),
  'nodejs/image/x86_64': mix(271.3, 0.145, 0.32, 494.2, 0.269),
  'nodejs/image/arm64': mix(231.6, 0.213, 0.154, 640.5, 0.186),
  'python/zip/x86_64': mix(83.0, 0.038, 0.485, 88.3, 0.156),
  'python/zip/arm64': mix(81.6, 0.03, 0.551, 73.1, 0.175),
  'python/image/x86_64': mix(148.5, 0.174, 0.258, 288.9, 0.195),
  'python/image/arm64': mix(128.4, 0.049, 0.668, 156.4, 0.389),
  'java/zip/x86_64': mix(238.3, 0.063, 0.105, 319.5, 0.353),
  'java/zip/arm64': mix(254.1, 0.031, 0.503, 221.6, 0.239),
  'java/image/x86_64': mix(343.5, 0.174, 0.159, 680.5, 0.124),
  'java/image/arm64': mix(314.4, 0.046, 0.758, 375.9, 0.359),
  'dotnet/zip/x86_64': mix(252.9, 0.103, 0.095, 504.7, 0.262),
  'dotnet/zip/arm64': mix(286.6, 0.152, 0.118, 641.9, 0.07),
  'dotnet/image/x86_64': mix(388.8, 0.137, 0.178, 691.8, 0.126),
  'dotnet/image/arm64': mix(420.9, 0.071, 0.706, 488.8, 0.298),
  'ruby/zip/x86_64': mix(217.1, 0.11, 0.244, 383.8, 0.125),
  'ruby/zip/arm64': mix(217.2, 0.138, 0.488, 294.3, 0.318),
  'ruby/image/x86_64': mix(253.3, 0.08, 0.407, 311.2, 0.245),
  'ruby/image/arm64': mix(273.9, 0.043, 0.636, 267.6, 0.24),
  'go/zip/x86_64': mix(49.9, 0.021, 0.305, 49.6, 0.13),
  'go/zip/arm64': mix(43.2, 0.019, 0.349, 37.9, 0.1),
  'go/image/x86_64': mix(42.3, 0.124, 0.431, 69.5, 0.326),
  'go/image/arm64': mix(39.0, 0.052, 0.663, 45.9, 0.405),
  'rust/zip/x86_64': mix(15.7, 0.054, 0.186, 23.1, 0.412),
  'rust/zip/arm64': mix(13.5, 0.084, 0.102, 22.1, 0.512),
  'rust/image/x86_64': mix(34.0, 0.176, 0.238, 64.6, 0.317),
  'rust/image/arm64': mix(29.6, 0.182, 0.139, 70.9, 0.3),
};

export function initMixture(
  runtime: RuntimeFamily,
  packageType: PackageType,
  architecture: Architecture,
): InitMixture {
  return INIT_MIXTURES[`${runtime}/${packageType}/${architecture}`];
}

/** One INIT draw (ms) of a minimal function. Two random numbers: which mode, then where in it. */
export function drawRuntimeInit(m: InitMixture, rng: Rng): number {
  return rng.chance(m.slowShare)
    ? rng.logNormal(m.slowMedianMs, m.slowSigma)
    : rng.logNormal(m.fastMedianMs, m.fastSigma);
}
