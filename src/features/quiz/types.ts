/** A practice question, as written in content/quiz/questions.json (see content/quiz/README.md). */
export interface Question {
  id: string;
  /** Concept slug the question is filed under (practice by topic). */
  topic: string;
  type: 'single' | 'multiple';
  question: string;
  options: string[];
  /** 0-based indexes into options. */
  answer: number[];
  explanation: string;
  /** Concept slug to read more. */
  concept: string;
  /** Gallery example id the question is about. */
  scenario?: string;
}

/** The options a learner picked for each question, by question id. */
export type Answers = Readonly<Record<string, readonly number[]>>;
