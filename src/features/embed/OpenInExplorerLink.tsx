import { useMemo } from 'react';
import { encodeScenarioToFragment } from '../../domain/share/link-codec.ts';
import { appLinkUrl } from '../../domain/embed/embed-code.ts';
import { useDiagram } from '../../store/diagram-store.ts';

/**
 * The way out of an embed: the full app on the same scenario (as it is now), in a new tab.
 * There it opens view-only, so a reader's own saved work is never touched.
 */
export function OpenInExplorerLink() {
  const scenario = useDiagram((s) => s.scenario);
  const href = useMemo(
    () => appLinkUrl(window.location.href, encodeScenarioToFragment(scenario)),
    [scenario],
  );
  return (
    <a
      href={href}
      target="_blank"
      rel="noopener"
      className="ml-auto rounded px-1.5 py-1 text-xs font-medium text-blue-700 underline hover:bg-slate-100 dark:text-blue-400 dark:hover:bg-slate-800"
    >
      Open in Serverless Explorer
    </a>
  );
}
