import { readdirSync } from 'node:fs';
import { parseScenario, type Scenario } from '../../src/domain/diagram/index.ts';
import { simulate } from '../../src/domain/sim/index.ts';
import { GALLERY } from '../examples/index.ts';
import glossary from '../glossary.json';
import { allPass, checkWithRun } from '../../src/features/lessons/checks/evaluate.ts';
import { METRICS } from '../../src/features/lessons/checks/metrics.ts';
import { linksIn } from '../../src/features/lessons/inline-text.ts';
import {
  lessonSchema,
  type Lesson,
  type LessonStep,
} from '../../src/domain/lessons/lesson-schema.ts';
import { startScenario } from '../../src/features/lessons/start-scenario.ts';
import { LESSONS, findLesson } from './index.ts';
import { SOLUTIONS } from './solutions.ts';

const CONCEPTS = new Set(
  readdirSync(new URL('../concepts', import.meta.url))
    .filter((f) => f.endsWith('.md'))
    .map((f) => f.replace(/\.md$/, '')),
);
const GLOSSARY = new Set(glossary.map((g) => g.slug));
const EXAMPLES = new Set(GALLERY.map((e) => e.id));

function resolves(href: string): boolean {
  const [, route, slug = ''] = /^#\/(learn|glossary|example)\/([a-z0-9-]+)$/.exec(href) ?? [];
  if (route === 'learn') return CONCEPTS.has(slug);
  if (route === 'glossary') return GLOSSARY.has(slug);
  if (route === 'example') return EXAMPLES.has(slug);
  return false;
}

const run = (scenario: Scenario) => Promise.resolve(simulate(scenario));
const passes = async (lesson: Lesson, step: LessonStep, scenario: Scenario) => {
  const outcome = await checkWithRun(step, scenario, run, lesson.container);
  return { ok: allPass(outcome.lines), lines: outcome.lines, ctx: outcome.ctx };
};

describe('the lessons', () => {
  it('are at least 6, with unique ids, and every JSON file is listed', () => {
    expect(LESSONS.length).toBeGreaterThanOrEqual(6);
    const ids = LESSONS.map((l) => l.id);
    expect(new Set(ids).size).toBe(ids.length);
    const files = readdirSync(new URL('.', import.meta.url)).filter((f) => f.endsWith('.json'));
    expect(files.sort()).toEqual(ids.map((id) => `${id}.json`).sort());
    expect(findLesson('first-api')?.title).toBe('Your first serverless API');
    expect(findLesson('nope')).toBeUndefined();
  });
});

describe.each(LESSONS.map((l) => [l.id, l] as const))('lesson %s', (_id, lesson) => {
  it('matches the lesson schema, with unique step ids', () => {
    const parsed = lessonSchema.safeParse(lesson);
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
    const ids = lesson.steps.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('links only to pages, terms and examples that exist', () => {
    for (const slug of lesson.concepts) expect(CONCEPTS.has(slug), slug).toBe(true);
    for (const step of lesson.steps) {
      for (const href of linksIn(step.text)) expect(resolves(href), href).toBe(true);
      // Learners read short steps: at most three sentences (and a link).
      expect(
        step.text.split(/[.!?](\s|$)/).filter((x) => x.trim().length > 1).length,
      ).toBeLessThanOrEqual(4);
    }
    expect(lesson.steps.some((s) => linksIn(s.text).length > 0)).toBe(true);
  });

  it('asks for numbers only where a number makes sense, and options in order', () => {
    for (const { predict } of lesson.steps) {
      if (!predict) continue;
      if (predict.type === 'number') expect(METRICS[predict.metric].share).toBeFalsy();
      else {
        const bounds = predict.options.map((o) => [o.min ?? -Infinity, o.max ?? Infinity]);
        bounds.forEach(([min, max], i) => {
          expect(min).toBeLessThan(max!);
          if (i > 0) expect(min).toBe(bounds[i - 1]![1]);
        });
      }
    }
  });

  it('starts from a valid scenario named after the lesson', () => {
    const start = startScenario(lesson);
    expect(start.ok ? '' : start.error).toBe('');
    if (!start.ok) return;
    expect(start.scenario.name).toBe(`Lesson: ${lesson.title}`);
    expect(parseScenario(start.scenario).ok).toBe(true);
    if ('scenario' in lesson.start) {
      const ids = new Set(lesson.start.scenario.nodes.map((n) => n.id));
      for (const id of Object.keys(lesson.start.scenario.traffic ?? {}))
        expect(ids.has(id), id).toBe(true);
    }
  });

  it('has a solution for every step', () => {
    expect(Object.keys(SOLUTIONS[lesson.id] ?? {}).sort()).toEqual(
      lesson.steps.map((s) => s.id).sort(),
    );
  });

  it('fails every step on its start and passes each once the learner has done it', async () => {
    const start = startScenario(lesson);
    if (!start.ok) throw new Error(start.error);
    let scenario = start.scenario;
    for (const step of lesson.steps) {
      const before = await passes(lesson, step, start.scenario);
      expect(before.ok, `${step.id} passes on the start`).toBe(false);
      scenario = SOLUTIONS[lesson.id]![step.id]!(scenario);
      expect(parseScenario(scenario).ok, `${step.id}: the solved diagram is valid`).toBe(true);
      const after = await passes(lesson, step, scenario);
      const failing = after.lines.filter((l) => l.status !== 'pass').map((l) => l.message);
      expect(failing, `${step.id} fails once solved`).toEqual([]);
      if (step.predict)
        expect(Number.isFinite(METRICS[step.predict.metric].read(after.ctx!))).toBe(true);
    }
  }, 60_000);
});
