import { useEffect, useRef, type ReactNode } from 'react';
import { afterPaint as whenPainted } from './after-paint.ts';

/** A modal built on the native <dialog>: focus trapping, Escape and the backdrop come free. */
export function Dialog({
  open,
  onClose,
  title,
  children,
  wide = false,
  afterPaint = false,
}: {
  open: boolean;
  onClose: () => void;
  title: string;
  children: ReactNode;
  wide?: boolean;
  /**
   * Show the modal only once the page behind it has been painted. For a dialog that opens
   * together with the page (the first visit's welcome): showModal() would otherwise lay out the
   * whole new page in the same task, one long freeze on a slow phone.
   */
  afterPaint?: boolean;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!open || !dialog || dialog.open) return;
    if (!afterPaint) return dialog.showModal();
    return whenPainted(() => {
      if (dialog.isConnected && !dialog.open) dialog.showModal();
    });
  }, [open, afterPaint]);
  // A fresh <dialog> each time: Chrome may ignore Escape on a dialog element shown again.
  if (!open) return null;
  return (
    <dialog
      ref={ref}
      onClose={onClose}
      onCancel={onClose}
      onKeyDown={(event) => {
        // Chrome may swallow the first Escape of a dialog opened by a browser-reserved key
        // (Ctrl+K); closing here makes Escape always work.
        if (event.key === 'Escape' && !event.defaultPrevented) {
          event.preventDefault();
          onClose();
        }
      }}
      aria-label={title}
      className={`m-auto max-h-[85vh] w-full rounded-xl border border-slate-200 bg-white p-0 text-slate-900 shadow-2xl backdrop:bg-slate-950/50 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100 ${wide ? 'max-w-4xl' : 'max-w-lg'}`}
    >
      {
        <div className="flex max-h-[85vh] flex-col">
          <div className="flex items-center border-b border-slate-200 px-5 py-3 dark:border-slate-700">
            <h2 className="text-lg font-semibold">{title}</h2>
            <button
              type="button"
              onClick={onClose}
              className="ml-auto rounded px-2 text-xl leading-none hover:bg-slate-100 dark:hover:bg-slate-800"
              aria-label="Close"
            >
              ×
            </button>
          </div>
          <div className="overflow-auto p-5">{children}</div>
        </div>
      }
    </dialog>
  );
}
