/**
 * The guided lessons, in the order the list shows them. The JSON files are trusted at run time
 * (like the gallery): lessons.test.ts validates each against the lesson schema, resolves its
 * links and proves every step fails on the lesson's start and passes once solved.
 */
import type { Lesson } from '../../src/domain/lessons/lesson-schema.ts';
import firstApi from './first-api.json';
import meetTheColdStart from './meet-the-cold-start.json';
import makeColdStartsRare from './make-cold-starts-rare.json';
import throttlingAndQueues from './throttling-and-queues.json';
import fanOut from './fan-out.json';
import serverlessVsContainer from './serverless-vs-container.json';

const trusted = (doc: unknown) => doc as Lesson;

export const LESSONS: readonly Lesson[] = [
  firstApi,
  meetTheColdStart,
  makeColdStartsRare,
  throttlingAndQueues,
  fanOut,
  serverlessVsContainer,
].map(trusted);

/**
 * A lesson by id, or undefined.
 *
 * @example
 * findLesson('first-api')?.steps.length; // 5
 */
export function findLesson(id: string): Lesson | undefined {
  return LESSONS.find((lesson) => lesson.id === id);
}
