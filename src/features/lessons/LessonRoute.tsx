import { useEffect, type ReactNode } from 'react';
import { useParams } from '../../ui/router/index.ts';
import { findLesson } from '../../../content/lessons/index.ts';
import { useEnterLesson } from './enter-lesson.ts';
import type { Lesson } from '../../domain/lessons/lesson-schema.ts';
import { LessonPanel } from './LessonPanel.tsx';
import { useLessonProgress } from './progress-store.ts';

/**
 * `#/lesson/<id>`: the live Explorer, with the lesson docked below it. The app passes the
 * Explorer in (features do not import each other).
 */
export function LessonRoute({ explorer }: { explorer: ReactNode }) {
  const { id = '' } = useParams();
  const lesson = findLesson(id);
  useEffect(() => useLessonProgress.getState().load(), []);
  if (!lesson) return <LessonNotFound id={id} />;
  return <LessonWithExplorer key={lesson.id} lesson={lesson} explorer={explorer} />;
}

function LessonWithExplorer({ lesson, explorer }: { lesson: Lesson; explorer: ReactNode }) {
  useEnterLesson(lesson);
  useEffect(() => {
    // Runs after the Explorer's own title effect (children's effects run first).
    document.title = `Lesson: ${lesson.title} — Serverless Explorer`;
  }, [lesson]);
  return (
    <div className="flex h-full flex-col">
      <div className="min-h-0 flex-1">{explorer}</div>
      <LessonPanel lesson={lesson} />
    </div>
  );
}

function LessonNotFound({ id }: { id: string }) {
  useEffect(() => {
    document.title = 'Lesson not found — Serverless Explorer';
  }, []);
  return (
    <div className="mx-auto max-w-2xl p-8">
      <h1 className="text-2xl font-bold">Lesson not found</h1>
      <p className="mt-2 text-slate-700 dark:text-slate-300">
        There is no lesson called “{id.slice(0, 60)}”.{' '}
        <a href="#/lessons" className="font-medium text-blue-700 underline dark:text-blue-400">
          See all lessons
        </a>
        .
      </p>
    </div>
  );
}
