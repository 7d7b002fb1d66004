/**
 * A guided lesson as data (content/lessons/*.json): a starting scenario and short steps, each
 * passed by doing — its checks decide against the learner's diagram or a simulation run. A run
 * step may first ask for a prediction, compared with what the run measured.
 */
import { z } from '../../domain/zod/index.ts';
import {
  nodeSchema,
  edgeSchema,
  settingsSchema,
  trafficSchema,
} from '../../domain/diagram/index.ts';
import { checkSchema } from './checks/schema.ts';
import { METRIC_IDS } from './checks/metric-ids.ts';

const id = z.string().regex(/^[a-z0-9-]+$/, 'Ids are lower-case words joined by "-".');
const sentence = z.string().min(1).max(400);

const choice = z.strictObject({
  label: z.string().min(1).max(60),
  /** The guess is right when the measured value lies in [min, max). */
  min: z.number().optional(),
  max: z.number().optional(),
});

export const predictionSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('choice'),
    question: sentence,
    metric: z.enum(METRIC_IDS),
    options: z.array(choice).min(2).max(5),
  }),
  z.strictObject({
    type: z.literal('number'),
    question: sentence,
    metric: z.enum(METRIC_IDS),
    unit: z.string().max(30),
    min: z.number(),
    max: z.number(),
  }),
]);

export const stepSchema = z.strictObject({
  id,
  title: z.string().min(1).max(80),
  /** 1–3 plain sentences; `[text](#/learn/slug)` links and `**bold**` are rendered. */
  text: z.string().min(1).max(600),
  checks: z.array(checkSchema).min(1),
  predict: predictionSchema.optional(),
  /** What to notice once the step is passed (one or two sentences). */
  success: z.string().min(1).max(400),
});

/** An inline starting scenario: full nodes, but configs, traffic and settings may be partial. */
const inlineScenario = z.strictObject({
  description: z.string().max(2000).optional(),
  nodes: z.array(nodeSchema),
  edges: z.array(edgeSchema),
  traffic: z.record(z.string(), trafficSchema.partial()).optional(),
  settings: settingsSchema.partial().optional(),
});

export const startSchema = z.union([
  z.strictObject({ empty: z.literal(true) }),
  z.strictObject({ example: z.string() }),
  z.strictObject({ scenario: inlineScenario }),
]);

export const lessonSchema = z.strictObject({
  id,
  title: z.string().min(1).max(80),
  summary: z.string().min(1).max(300),
  minutes: z.number().int().min(1).max(60),
  /** Concept pages the lesson leans on (content/concepts/<slug>.md). */
  concepts: z.array(z.string()),
  start: startSchema,
  /** The always-on Fargate task that cost metrics compare with (default: 0.25 vCPU, 0.5 GB). */
  container: z
    .strictObject({
      vcpu: z.number().positive(),
      memoryGb: z.number().positive(),
      tasks: z.number().int().positive(),
      architecture: z.enum(['x86_64', 'arm64']),
    })
    .optional(),
  steps: z.array(stepSchema).min(2),
});

export type Prediction = z.infer<typeof predictionSchema>;
export type LessonStep = z.infer<typeof stepSchema>;
export type LessonStart = z.infer<typeof startSchema>;
export type Lesson = z.infer<typeof lessonSchema>;
