import { use } from 'react';
import { Navigate, Route, Routes, useLocation } from '../../ui/router/index.ts';
import { useDocumentTitle } from '../../ui/use-document-title.ts';
import { ExamRound } from './ExamRound.tsx';
import { Flashcards } from './Flashcards.tsx';
import { loadQuestions } from './questions.ts';
import { QuizFrame } from './QuizFrame.tsx';
import { QuizHome } from './QuizHome.tsx';
import { ReviewRound } from './ReviewRound.tsx';
import { TopicPractice } from './TopicPractice.tsx';

/** `#/quiz/*`: loads the questions, then the mode the URL names. */
export function QuizRoute() {
  const questions = use(loadQuestions());
  const { pathname } = useLocation();
  useDocumentTitle('Practice questions');
  return (
    // Keyed by path: each mode starts scrolled to the top, with fresh state.
    <QuizFrame key={pathname} back={!/^\/quiz\/?$/.test(pathname)}>
      <Routes>
        <Route index element={<QuizHome questions={questions} />} />
        <Route path="topic/:topic" element={<TopicPractice questions={questions} />} />
        <Route path="exam" element={<ExamRound questions={questions} />} />
        <Route path="review" element={<ReviewRound questions={questions} />} />
        <Route path="flashcards" element={<Flashcards />} />
        <Route path="*" element={<Navigate to="/quiz" replace />} />
      </Routes>
    </QuizFrame>
  );
}
