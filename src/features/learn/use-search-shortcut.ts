import { useEffect } from 'react';
import { isTypingTarget } from '../../ui/commands/shortcuts.ts';

/**
 * "/" (when not typing) and Ctrl/⌘+K (always) call `open`, from anywhere in the app.
 * Ignored while another dialog is open: it owns the keyboard until it closes.
 */
export function useSearchShortcut(open: () => void) {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing || event.altKey) return;
      const modK = (event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k';
      const slash =
        event.key === '/' && !event.ctrlKey && !event.metaKey && !isTypingTarget(event.target);
      if (!modK && !slash) return;
      if (document.querySelector('dialog[open]')) return;
      event.preventDefault();
      open();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [open]);
}
