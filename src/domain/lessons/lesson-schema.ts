/**
 * A guided lesson as data (content/lessons/*.json): a starting scenario and short steps, each
 * passed by doing — its checks decide against the learner's diagram or a simulation run. A run
 * step may first ask for a prediction, compared with what the run measured.
 */
import { z } from '../zod/index.ts';
import { nodeSchema, edgeSchema, settingsSchema, trafficSchema } from '../diagram/index.ts';
import { checkSchema } from './check-schema.ts';
import { METRIC_IDS } from './metric-ids.ts';

const id = z.string().check(z.regex(/^[a-z0-9-]+$/, 'Ids are lower-case words joined by "-".'));
const sentence = z.string().check(z.minLength(1), z.maxLength(400));

const choice = z.strictObject({
  label: z.string().check(z.minLength(1), z.maxLength(60)),
  /** The guess is right when the measured value lies in [min, max). */
  min: z.optional(z.number()),
  max: z.optional(z.number()),
});

export const predictionSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('choice'),
    question: sentence,
    metric: z.enum(METRIC_IDS),
    options: z.array(choice).check(z.minLength(2), z.maxLength(5)),
  }),
  z.strictObject({
    type: z.literal('number'),
    question: sentence,
    metric: z.enum(METRIC_IDS),
    unit: z.string().check(z.maxLength(30)),
    min: z.number(),
    max: z.number(),
  }),
]);

export const stepSchema = z.strictObject({
  id,
  title: z.string().check(z.minLength(1), z.maxLength(80)),
  /** 1–3 plain sentences; `[text](#/learn/slug)` links and `**bold**` are rendered. */
  text: z.string().check(z.minLength(1), z.maxLength(600)),
  checks: z.array(checkSchema).check(z.minLength(1)),
  predict: z.optional(predictionSchema),
  /** What to notice once the step is passed (one or two sentences). */
  success: z.string().check(z.minLength(1), z.maxLength(400)),
});

/** An inline starting scenario: full nodes, but configs, traffic and settings may be partial. */
const inlineScenario = z.strictObject({
  description: z.optional(z.string().check(z.maxLength(2000))),
  nodes: z.array(nodeSchema),
  edges: z.array(edgeSchema),
  traffic: z.optional(z.record(z.string(), z.partial(trafficSchema))),
  settings: z.optional(z.partial(settingsSchema)),
});

export const startSchema = z.union([
  z.strictObject({ empty: z.literal(true) }),
  z.strictObject({ example: z.string() }),
  z.strictObject({ scenario: inlineScenario }),
]);

export const lessonSchema = z.strictObject({
  id,
  title: z.string().check(z.minLength(1), z.maxLength(80)),
  summary: z.string().check(z.minLength(1), z.maxLength(300)),
  minutes: z.number().check(z.int(), z.gte(1), z.lte(60)),
  /** Concept pages the lesson leans on (content/concepts/<slug>.md). */
  concepts: z.array(z.string()),
  start: startSchema,
  /** The always-on Fargate task that cost metrics compare with (default: 0.25 vCPU, 0.5 GB). */
  container: z.optional(
    z.strictObject({
      vcpu: z.number().check(z.positive()),
      memoryGb: z.number().check(z.positive()),
      tasks: z.number().check(z.int(), z.positive()),
      architecture: z.enum(['x86_64', 'arm64']),
    }),
  ),
  steps: z.array(stepSchema).check(z.minLength(2)),
});

export type Prediction = z.infer<typeof predictionSchema>;
export type LessonStep = z.infer<typeof stepSchema>;
export type LessonStart = z.infer<typeof startSchema>;
export type Lesson = z.infer<typeof lessonSchema>;
