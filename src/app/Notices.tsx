import { useEffect } from 'react';
import { useNotices, type Notice } from '../store/notices-store.ts';

const TONE = {
  info: 'border-slate-300 bg-white dark:border-slate-700 dark:bg-slate-900',
  success: 'border-emerald-500 bg-emerald-50 dark:bg-emerald-950',
  error: 'border-red-500 bg-red-50 dark:bg-red-950',
} as const;

function NoticeItem({ notice }: { notice: Notice }) {
  const dismiss = useNotices((s) => s.dismiss);
  useEffect(() => {
    // Errors stay until dismissed: the user must be able to read what was wrong.
    if (notice.tone === 'error') return;
    const timer = window.setTimeout(() => dismiss(notice.id), 5000);
    return () => window.clearTimeout(timer);
  }, [notice, dismiss]);
  return (
    <div
      role={notice.tone === 'error' ? 'alert' : 'status'}
      className={`pointer-events-auto w-96 max-w-[90vw] rounded-lg border-l-4 p-3 text-sm shadow-lg ${TONE[notice.tone]}`}
    >
      <div className="flex items-start gap-2">
        <p className="flex-1 font-medium">{notice.message}</p>
        <button
          type="button"
          onClick={() => dismiss(notice.id)}
          aria-label="Dismiss message"
          className="px-1 text-slate-600 dark:text-slate-400 hover:text-slate-900 dark:hover:text-white"
        >
          ×
        </button>
      </div>
      {notice.details && notice.details.length > 0 && (
        <ul className="mt-1 max-h-40 list-disc overflow-auto pl-5 text-xs">
          {notice.details.map((d, i) => (
            <li key={i}>{d}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function Notices() {
  const notices = useNotices((s) => s.notices);
  return (
    <div
      aria-live="polite"
      className="pointer-events-none fixed bottom-4 right-4 z-50 flex flex-col items-end gap-2"
    >
      {notices.map((n) => (
        <NoticeItem key={n.id} notice={n} />
      ))}
    </div>
  );
}
