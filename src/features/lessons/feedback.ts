/**
 * The one sentence the panel announces (in its live region) about the current step. It speaks
 * up when something happened — a check, a run, the diagram turning right — and otherwise stays
 * quiet, so editing the diagram does not make a screen reader chatter.
 */
import type { CheckLine } from './checks/evaluate.ts';

export type Phase =
  | { kind: 'idle' }
  | { kind: 'running' }
  | { kind: 'ran' }
  | { kind: 'error'; message: string }
  | { kind: 'needs-guess' };

export interface FeedbackInput {
  lines: readonly CheckLine[];
  phase: Phase;
  /** The learner pressed "Check my work" on this step. */
  asked: boolean;
  success: string;
}

export interface Feedback {
  tone: 'quiet' | 'info' | 'success' | 'problem';
  text: string;
}

export function stepFeedback({ lines, phase, asked, success }: FeedbackInput): Feedback {
  if (phase.kind === 'running') return { tone: 'info', text: 'Running the simulation…' };
  if (phase.kind === 'error') return { tone: 'problem', text: phase.message };
  if (phase.kind === 'needs-guess')
    return { tone: 'problem', text: 'Make your prediction first, then check.' };
  const failing = lines.find((l) => l.status === 'fail');
  const pending = lines.some((l) => l.status === 'pending');
  if (!failing && !pending) return { tone: 'success', text: `Step passed! ${success}` };
  if (failing && (asked || phase.kind === 'ran'))
    return { tone: 'problem', text: `Not yet: ${failing.message}` };
  if (asked && pending)
    return { tone: 'info', text: 'The diagram is ready: the check will run the simulation.' };
  return { tone: 'quiet', text: '' };
}
