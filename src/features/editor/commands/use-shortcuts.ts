import { useEffect } from 'react';
import { COMMANDS } from './registry.ts';
import { findCommand, isTypingTarget, spaceBelongsToFocus } from './shortcuts.ts';
import { useEditorUi } from '../editor-ui-store.ts';

/** Routes key presses to commands while the Explorer is shown and no dialog is open. */
export function useShortcuts() {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || isTypingTarget(event.target) || spaceBelongsToFocus(event))
        return;
      if (useEditorUi.getState().dialog) return;
      const command = findCommand(COMMANDS, event);
      if (!command) return;
      if (command.enabled && !command.enabled()) return;
      event.preventDefault();
      command.run();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
