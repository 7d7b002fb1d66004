/**
 * The check language of lessons, as data: a lesson step lists checks, and pure functions decide
 * them against the learner's diagram (node, edge, path, config, traffic, setting) or against
 * the results of a simulation run (metric). The zod schemas validate the lesson files (in
 * tests: the files are trusted at run time, like the gallery's).
 */
import { z } from '../zod/index.ts';
import { KIND_IDS } from '../catalog/index.ts';
import { METRIC_IDS } from './metric-ids.ts';

export const OPS = ['eq', 'ne', 'lt', 'lte', 'gt', 'gte'] as const;
export type Op = (typeof OPS)[number];

const kind = z.enum(KIND_IDS);
const op = z.enum(OPS);
/** Replaces the generated failure message with the lesson's own words. */
const hint = z.optional(z.string().check(z.minLength(1), z.maxLength(240)));

/** At least `min` (default 1) and at most `max` nodes of a kind. */
const nodeCheck = z.strictObject({
  type: z.literal('node'),
  kind,
  min: z.optional(z.number().check(z.int(), z.gte(0))),
  max: z.optional(z.number().check(z.int(), z.gte(0))),
  hint,
});

/** Connections between kinds: at least `min` (default 1), or none at all when `absent`. */
const edgeCheck = z.strictObject({
  type: z.literal('edge'),
  from: kind,
  to: kind,
  variant: z.optional(z.string()),
  min: z.optional(z.number().check(z.int(), z.gte(1))),
  absent: z.optional(z.boolean()),
  hint,
});

/** A chain of connected nodes of these kinds, in this order (the same nodes all along). */
const pathCheck = z.strictObject({
  type: z.literal('path'),
  kinds: z.array(kind).check(z.minLength(2)),
  hint,
});

/** Some node of the kind has this config value; `set`/`unset` test for an empty optional field. */
const configCheck = z.strictObject({
  type: z.literal('config'),
  kind,
  key: z.string().check(z.minLength(1)),
  op: z.union([op, z.literal('set'), z.literal('unset')]),
  value: z.optional(z.union([z.number(), z.string(), z.boolean()])),
  hint,
});

export const TRAFFIC_KEYS = [
  'ratePerSec',
  'pattern',
  'peakMultiplier',
  'periodSec',
  'payloadKb',
] as const;

/** Every event source of the kind (and at least one) has traffic meeting the condition. */
const trafficCheck = z.strictObject({
  type: z.literal('traffic'),
  kind,
  key: z.enum(TRAFFIC_KEYS),
  op,
  value: z.union([z.number(), z.string()]),
  hint,
});

export const SETTING_KEYS = ['durationSec', 'keepAliveSec', 'seed', 'accountConcurrency'] as const;

const settingCheck = z.strictObject({
  type: z.literal('setting'),
  key: z.enum(SETTING_KEYS),
  op,
  value: z.number(),
  hint,
});

/** A number the simulation measured (see metrics.ts), compared with a threshold. */
const metricCheck = z.strictObject({
  type: z.literal('metric'),
  metric: z.enum(METRIC_IDS),
  op,
  value: z.number(),
  hint,
});

export const diagramCheckSchema = z.discriminatedUnion('type', [
  nodeCheck,
  edgeCheck,
  pathCheck,
  configCheck,
  trafficCheck,
  settingCheck,
]);
export const checkSchema = z.discriminatedUnion('type', [
  nodeCheck,
  edgeCheck,
  pathCheck,
  configCheck,
  trafficCheck,
  settingCheck,
  metricCheck,
]);

export type NodeCheck = z.infer<typeof nodeCheck>;
export type EdgeCheck = z.infer<typeof edgeCheck>;
export type PathCheck = z.infer<typeof pathCheck>;
export type ConfigCheck = z.infer<typeof configCheck>;
export type TrafficCheck = z.infer<typeof trafficCheck>;
export type SettingCheck = z.infer<typeof settingCheck>;
export type MetricCheck = z.infer<typeof metricCheck>;
export type DiagramCheck = z.infer<typeof diagramCheckSchema>;
export type Check = z.infer<typeof checkSchema>;

/** What one check found: whether it holds, and a sentence for the learner either way. */
export interface CheckResult {
  ok: boolean;
  message: string;
}
