import { useState } from 'react';
import { Button } from '../../ui/Button.tsx';

/**
 * "Restart lesson" asks first, inline: a modal would let the Explorer's single-key shortcuts
 * act behind it, and the question is short enough to stay in the panel. Focus moves to the
 * question's safe answer, and back to the button afterwards.
 */
export function RestartLesson({ onRestart }: { onRestart: () => void }) {
  const [state, setState] = useState<'idle' | 'asking' | 'answered'>('idle');
  if (state !== 'asking') {
    return (
      <Button
        variant="ghost"
        autoFocus={state === 'answered'}
        onClick={() => setState('asking')}
        aria-label="Restart lesson"
      >
        Restart
      </Button>
    );
  }
  return (
    <div
      role="group"
      aria-label="Restart the lesson?"
      className="flex flex-wrap items-center gap-2 rounded-md border border-amber-400 bg-amber-50 px-2 py-1 text-sm dark:border-amber-700 dark:bg-amber-950/50"
    >
      <span>Start over? Your progress and this lesson’s diagram are reset.</span>
      <Button
        variant="danger"
        onClick={() => {
          onRestart();
          setState('answered');
        }}
      >
        Yes, restart
      </Button>
      <Button autoFocus onClick={() => setState('answered')}>
        Cancel
      </Button>
    </div>
  );
}
