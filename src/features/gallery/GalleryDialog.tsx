import { useNavigate } from '../../ui/router/index.ts';
import { GALLERY } from '../../../content/examples/index.ts';
import { Dialog } from '../../ui/Dialog.tsx';
import { Button } from '../../ui/Button.tsx';

/** Ready-made scenarios, each a real use case with what to watch for. */
export function GalleryDialog({
  open,
  onClose,
  welcome,
}: {
  open: boolean;
  onClose: () => void;
  welcome: boolean;
}) {
  const navigate = useNavigate();
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={welcome ? 'Welcome to Serverless Explorer' : 'Gallery'}
      wide
      afterPaint={welcome}
    >
      {welcome && (
        <p className="mb-4 text-sm text-slate-700 dark:text-slate-300">
          Build serverless architectures from events, functions and services, then press Play to
          watch requests flow: cold starts, throttling, queues and cost. Start from an example — the
          REST API is already open behind this window.
        </p>
      )}
      <ul className="grid gap-3 sm:grid-cols-2">
        {GALLERY.map((example) => (
          <li
            key={example.id}
            className="flex flex-col rounded-lg border border-slate-200 p-3 dark:border-slate-700"
          >
            <h3 className="font-semibold">{example.title}</h3>
            <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{example.summary}</p>
            <p className="mt-2 text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400">
              What to watch
            </p>
            <ul className="mt-0.5 list-disc pl-5 text-xs text-slate-700 dark:text-slate-300">
              {example.whatToWatch.map((w) => (
                <li key={w}>{w}</li>
              ))}
            </ul>
            <div className="mt-auto pt-3">
              <Button
                variant="primary"
                aria-label={`Open ${example.title}`}
                onClick={() => {
                  onClose();
                  navigate(`/example/${example.id}`);
                }}
              >
                Open
              </Button>
            </div>
          </li>
        ))}
      </ul>
    </Dialog>
  );
}
