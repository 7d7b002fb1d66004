import type { Lesson } from '../../domain/lessons/lesson-schema.ts';
import { lessonScenarioName, startScenario } from './start-scenario.ts';

const lesson = (start: Lesson['start']): Lesson => ({
  id: 'test',
  title: 'Test lesson',
  summary: 's',
  minutes: 1,
  concepts: [],
  start,
  steps: [],
});

describe('a lesson’s starting scenario', () => {
  it('is empty, a gallery example or inline — always named after the lesson', () => {
    const empty = startScenario(lesson({ empty: true }));
    expect(empty.ok && empty.scenario.nodes).toEqual([]);
    const example = startScenario(lesson({ example: 'rest-api' }));
    expect(example.ok && example.scenario.nodes.length).toBeGreaterThan(0);
    for (const result of [empty, example]) {
      expect(result.ok && result.scenario.name).toBe(lessonScenarioName({ title: 'Test lesson' }));
    }
    expect(lessonScenarioName({ title: 'Test lesson' })).toBe('Lesson: Test lesson');
  });

  it('fills configs, traffic and settings of an inline scenario with defaults', () => {
    const result = startScenario(
      lesson({
        scenario: {
          nodes: [
            { id: 'web', kind: 'http-clients', label: 'web', position: { x: 0, y: 0 }, config: {} },
            {
              id: 'fn',
              kind: 'lambda',
              label: 'fn',
              position: { x: 260, y: 0 },
              config: { memoryMb: 1024 },
            },
          ],
          edges: [{ id: 'e1', from: 'web', to: 'fn' }],
          settings: { durationSec: 60 },
        },
      }),
    );
    if (!result.ok) throw new Error(result.error);
    expect(result.scenario.nodes[1]?.config).toMatchObject({ memoryMb: 1024, runtime: 'nodejs' });
    expect(result.scenario.traffic.web?.ratePerSec).toBe(5);
    expect(result.scenario.settings).toMatchObject({ durationSec: 60, seed: 42 });
  });

  it('reports a missing example or an invalid inline scenario', () => {
    expect(startScenario(lesson({ example: 'nope' }))).toEqual({
      ok: false,
      error: 'The lesson’s example “nope” is missing.',
    });
    const bad = startScenario(
      lesson({
        scenario: {
          nodes: [{ id: 'q', kind: 'sqs', label: 'q', position: { x: 0, y: 0 }, config: {} }],
          edges: [{ id: 'e1', from: 'q', to: 'nowhere' }],
        },
      }),
    );
    expect(bad.ok).toBe(false);
  });
});
