import { stepFeedback } from './feedback.ts';
import type { CheckLine } from './checks/evaluate.ts';

const pass: CheckLine = { status: 'pass', message: 'ok' };
const fail: CheckLine = { status: 'fail', message: 'API Gateway is not connected yet.' };
const pending: CheckLine = { status: 'pending', message: 'measured later' };
const base = { phase: { kind: 'idle' } as const, asked: false, success: 'Well done.' };

describe('what the panel announces', () => {
  it('stays quiet while the learner works, and speaks when the diagram is right', () => {
    expect(stepFeedback({ ...base, lines: [fail] })).toEqual({ tone: 'quiet', text: '' });
    expect(stepFeedback({ ...base, lines: [pass] })).toEqual({
      tone: 'success',
      text: 'Step passed! Well done.',
    });
  });

  it('says what is missing once asked, or after a run', () => {
    const missing = { tone: 'problem', text: 'Not yet: API Gateway is not connected yet.' };
    expect(stepFeedback({ ...base, lines: [pass, fail], asked: true })).toEqual(missing);
    expect(stepFeedback({ ...base, lines: [fail], phase: { kind: 'ran' } })).toEqual(missing);
  });

  it('reports running, errors, a missing guess and a diagram ready to run', () => {
    expect(stepFeedback({ ...base, lines: [pending], phase: { kind: 'running' } }).text).toBe(
      'Running the simulation…',
    );
    expect(
      stepFeedback({ ...base, lines: [], phase: { kind: 'error', message: 'Boom.' } }),
    ).toEqual({
      tone: 'problem',
      text: 'Boom.',
    });
    expect(stepFeedback({ ...base, lines: [pending], phase: { kind: 'needs-guess' } }).text).toBe(
      'Make your prediction first, then check.',
    );
    expect(stepFeedback({ ...base, lines: [pass, pending], asked: true }).tone).toBe('info');
    expect(stepFeedback({ ...base, lines: [pass, pending] }).tone).toBe('quiet');
  });
});
