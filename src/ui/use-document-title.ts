import { useEffect } from 'react';

/** Sets the tab title while a page is shown (tabs and history then name the page). */
export function useDocumentTitle(title: string) {
  useEffect(() => {
    document.title = `${title} — Serverless Explorer`;
  }, [title]);
}
