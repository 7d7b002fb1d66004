/** Class strings shared by Learn components, so links and buttons look the same everywhere. */
export const LINK =
  'font-medium text-blue-700 underline decoration-1 underline-offset-2 hover:decoration-2 dark:text-blue-400';

export const TRY_IT =
  'my-1 inline-flex items-center gap-2 rounded-lg bg-blue-700 px-4 py-2 text-sm font-semibold text-white no-underline shadow-sm hover:bg-blue-800 dark:bg-blue-600 dark:hover:bg-blue-500 print:border print:border-black print:bg-transparent print:text-black';

export const CARD =
  'rounded-xl border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900';
