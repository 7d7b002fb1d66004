export const inputClass =
  'w-full rounded-md border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-600 dark:bg-slate-900 aria-[invalid=true]:border-red-600 aria-[invalid=true]:ring-1 aria-[invalid=true]:ring-red-600';
export const labelClass = 'block text-xs font-medium text-slate-700 dark:text-slate-300';
export const helpClass = 'mt-0.5 text-[11px] leading-snug text-slate-500 dark:text-slate-400';
export const errorClass = 'mt-0.5 text-xs font-medium text-red-700 dark:text-red-400';
