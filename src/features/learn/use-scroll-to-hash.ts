import { useEffect } from 'react';
import { useLocation } from '../../ui/router/index.ts';

/**
 * With hash routing the URL's own hash is the route (`#/learn/pricing`), so the browser cannot
 * jump to a section. A section is addressed as `#/learn/pricing#free-tier`: the router reads
 * `#free-tier` as its location.hash and this hook scrolls to it, on load and on every change.
 * `fallbackId` is scrolled to when the URL has no hash (e.g. `#/glossary/cold-start`).
 */
export function useScrollToHash(fallbackId?: string) {
  const location = useLocation();
  const id = location.hash ? decodeURIComponent(location.hash.slice(1)) : fallbackId;
  useEffect(() => {
    if (!id) return;
    const target = document.getElementById(id);
    target?.scrollIntoView({ block: 'start' });
    // Move focus too, so keyboard and screen-reader users continue from the section.
    if (target?.tabIndex === -1) target.focus({ preventScroll: true });
  }, [id, location.key]);
}
