import { useState } from 'react';
import { Button } from '../../ui/Button.tsx';
import { Dialog } from '../../ui/Dialog.tsx';
import { useNotices } from '../../store/notices-store.ts';
import { useQuizProgress } from './progress-store.ts';

/** Clears answers and exam scores, after asking: it cannot be undone. */
export function ResetProgressButton() {
  const [asking, setAsking] = useState(false);
  const reset = useQuizProgress((s) => s.reset);
  return (
    <>
      <Button variant="ghost" onClick={() => setAsking(true)}>
        Reset progress…
      </Button>
      <Dialog open={asking} onClose={() => setAsking(false)} title="Reset quiz progress?">
        <p>This deletes every saved answer and exam score in this browser. It cannot be undone.</p>
        <div className="mt-5 flex justify-end gap-2">
          <Button onClick={() => setAsking(false)}>Cancel</Button>
          <Button
            variant="danger"
            onClick={() => {
              reset();
              setAsking(false);
              useNotices.getState().notify('success', 'Quiz progress reset.');
            }}
          >
            Reset progress
          </Button>
        </div>
      </Dialog>
    </>
  );
}
