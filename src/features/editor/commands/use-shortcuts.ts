import { useEffect } from 'react';
import {
  commandForKey,
  isTypingTarget,
  runCommand,
  spaceBelongsToFocus,
} from '../../../ui/commands/index.ts';
import { useEditorUi } from '../../../store/editor-ui-store.ts';
import './registry.ts';

/** Routes key presses to commands while the Explorer is shown and no dialog is open. */
export function useShortcuts() {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || isTypingTarget(event.target) || spaceBelongsToFocus(event))
        return;
      if (useEditorUi.getState().dialog) return;
      const id = commandForKey(event);
      if (id && runCommand(id)) event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
