import { useEffect } from 'react';
import { usePreferences } from '../store/preferences-store.ts';

/** Puts `dark` (or `light`) on <html> as the choice (or, for "system", the OS) says. */
export function useThemeClass() {
  const theme = usePreferences((s) => s.theme);
  useEffect(() => {
    const media = window.matchMedia('(prefers-color-scheme: dark)');
    const apply = () => {
      const dark = theme === 'dark' || (theme === 'system' && media.matches);
      document.documentElement.classList.toggle('dark', dark);
      // .light too: it stops index.css following a dark system for a reader who chose light.
      document.documentElement.classList.toggle('light', !dark);
      document.documentElement.style.colorScheme = dark ? 'dark' : 'light';
    };
    apply();
    media.addEventListener('change', apply);
    return () => media.removeEventListener('change', apply);
  }, [theme]);
}
