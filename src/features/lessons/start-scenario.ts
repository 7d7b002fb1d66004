/**
 * The scenario a lesson starts from, complete and validated. Its name marks the diagram as the
 * lesson's own: re-entering a lesson keeps a diagram with that name (the learner's work in
 * progress) and loads the start otherwise.
 */
import {
  DEFAULT_SETTINGS,
  DEFAULT_TRAFFIC,
  emptyScenario,
  parseScenario,
  type Scenario,
} from '../../domain/diagram/index.ts';
import { getKind, isKindId } from '../../domain/catalog/index.ts';
import { findExample } from '../../../content/examples/index.ts';
import type { Lesson } from '../../domain/lessons/lesson-schema.ts';

export const lessonScenarioName = (lesson: Pick<Lesson, 'title'>) => `Lesson: ${lesson.title}`;

export type StartResult = { ok: true; scenario: Scenario } | { ok: false; error: string };

/**
 * @example
 * startScenario(lesson).scenario.name // "Lesson: Your first serverless API"
 */
export function startScenario(lesson: Lesson): StartResult {
  const name = lessonScenarioName(lesson);
  const start = lesson.start;
  if ('empty' in start) return { ok: true, scenario: emptyScenario(name) };
  if ('example' in start) {
    const example = findExample(start.example);
    if (!example)
      return { ok: false, error: `The lesson’s example “${start.example}” is missing.` };
    return { ok: true, scenario: { ...structuredClone(example.scenario), name } };
  }
  const inline = start.scenario;
  // Every event source gets traffic, as if it had been dropped from the palette.
  const traffic = Object.fromEntries(
    inline.nodes
      .filter((n) => isKindId(n.kind) && getKind(n.kind).hasTraffic)
      .map((n) => [n.id, { ...DEFAULT_TRAFFIC, ...inline.traffic?.[n.id] }]),
  );
  // parseScenario fills every config default and proves the document valid.
  const parsed = parseScenario({
    ...emptyScenario(name),
    description: inline.description ?? '',
    nodes: inline.nodes,
    edges: inline.edges,
    traffic,
    settings: { ...DEFAULT_SETTINGS, ...inline.settings },
  });
  return parsed.ok
    ? { ok: true, scenario: parsed.scenario }
    : { ok: false, error: `The lesson’s starting scenario is invalid: ${parsed.errors.join(' ')}` };
}
