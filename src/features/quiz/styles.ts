/** Class strings shared by the quiz screens. */
export const LINK =
  'font-medium text-blue-700 underline underline-offset-2 hover:decoration-2 dark:text-blue-400';

/** A router Link that looks like a primary button. */
export const LINK_BUTTON =
  'inline-flex items-center gap-1.5 rounded-md bg-blue-700 px-3 py-2 text-sm font-semibold text-white hover:bg-blue-800 dark:bg-blue-600 dark:hover:bg-blue-500';

export const LINK_BUTTON_SECONDARY =
  'inline-flex items-center gap-1.5 rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium text-slate-800 hover:bg-slate-100 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800';

export const CARD =
  'rounded-xl border border-slate-200 bg-white p-5 dark:border-slate-800 dark:bg-slate-900';
