/** Choosing questions: by topic, at random for an exam. Randomness is injected for tests. */
import type { Question } from './types.ts';

export type Random = () => number;

/**
 * A small seeded generator (mulberry32): the same seed gives the same exam in tests.
 *
 * @example
 * const random = seededRandom(42); random(); // 0.6011…, always
 */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A shuffled copy (Fisher–Yates). */
export function shuffle<T>(items: readonly T[], random: Random = Math.random): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}

/** `count` different questions at random (all of them, shuffled, if there are fewer). */
export function pickExam(
  questions: readonly Question[],
  count: number,
  random: Random = Math.random,
): Question[] {
  return shuffle(questions, random).slice(0, Math.max(0, count));
}

export interface Topic {
  topic: string;
  count: number;
}

/** The topics with their question counts, in the order they first appear. */
export function topicsOf(questions: readonly Question[]): Topic[] {
  const counts = new Map<string, number>();
  for (const q of questions) counts.set(q.topic, (counts.get(q.topic) ?? 0) + 1);
  return [...counts].map(([topic, count]) => ({ topic, count }));
}

export function questionsForTopic(questions: readonly Question[], topic: string): Question[] {
  return questions.filter((q) => q.topic === topic);
}
