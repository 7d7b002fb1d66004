import { useState } from 'react';
import { Button } from '../../ui/Button.tsx';
import { Dialog } from '../../ui/Dialog.tsx';

/** Ends the exam; asks first while questions are still unanswered. */
export function FinishExamButton({
  unanswered,
  onFinish,
}: {
  unanswered: number;
  onFinish: () => void;
}) {
  const [asking, setAsking] = useState(false);
  return (
    <>
      <Button variant="primary" onClick={() => (unanswered > 0 ? setAsking(true) : onFinish())}>
        Finish exam
      </Button>
      <Dialog open={asking} onClose={() => setAsking(false)} title="Finish the exam?">
        <p>
          {unanswered} question{unanswered === 1 ? ' is' : 's are'} still unanswered and will count
          as wrong.
        </p>
        <div className="mt-5 flex justify-end gap-2">
          <Button onClick={() => setAsking(false)}>Keep going</Button>
          <Button
            variant="primary"
            onClick={() => {
              setAsking(false);
              onFinish();
            }}
          >
            Finish now
          </Button>
        </div>
      </Dialog>
    </>
  );
}
