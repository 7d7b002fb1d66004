import { useEffect } from 'react';
import { Navigate, useLocation, useParams } from '../../../ui/router/index.ts';
import { parseLinkOptions } from '../../../domain/embed/link-options.ts';
import { decodeScenarioFragment } from '../../../domain/share/link-codec.ts';
import { findExample } from '../../../../content/examples/index.ts';
import { useDiagram } from '../../../store/diagram-store.ts';
import { useSelection } from '../../../store/selection-store.ts';
import { useNotices } from '../../../store/notices-store.ts';
import { bootScenario } from './boot.ts';
import { backUpCurrentWork } from '../../../store/backup.ts';
import { useEditorUi } from '../../../store/editor-ui-store.ts';
import { openForViewing } from './view-only.ts';
import type { Scenario } from '../../../domain/diagram/index.ts';

type Loaded = { ok: true; scenario: Scenario; what: string } | { ok: false; error: string };

function load(source: 'link' | 'example', param: string): Loaded {
  if (source === 'example') {
    const example = findExample(param);
    return example
      ? {
          ok: true,
          scenario: structuredClone(example.scenario),
          what: `the example “${example.title}”`,
        }
      : {
          ok: false,
          error: `There is no example called “${param.slice(0, 40)}”. Your work is unchanged.`,
        };
  }
  const decoded = decodeScenarioFragment(param);
  return decoded.ok
    ? {
        ok: true,
        scenario: decoded.scenario,
        what: `the shared scenario “${decoded.scenario.name}”`,
      }
    : { ok: false, error: `${decoded.error} Your work is unchanged.` };
}

const handled = new Set<string>();

/**
 * Opens a shared link (#/s/…, view-only: see view-only.ts) or a gallery example (#/example/…),
 * then shows the Explorer.
 */
export function ScenarioLinkRoute({ source }: { source: 'link' | 'example' }) {
  const params = useParams();
  const param = (source === 'link' ? params.fragment : params.id) ?? '';
  const { search } = useLocation();
  useEffect(() => {
    // StrictMode runs effects twice; a link must be applied once.
    const key = `${source}:${param}${search}`;
    if (handled.has(key)) return;
    handled.add(key);
    // Done before this route first rendered (with-saved-work.ts): only a guard here.
    void bootScenario();
    useEditorUi.getState().openDialog(null);
    const loaded = load(source, param);
    const { notify } = useNotices.getState();
    if (!loaded.ok) {
      notify('error', loaded.error);
      return;
    }
    if (source === 'link') {
      const { options, problems } = parseLinkOptions(search);
      openForViewing(loaded.scenario, options.locked);
      notify(
        'info',
        `Opened ${loaded.what}, ${options.locked ? 'locked' : 'view-only'}: your own work is kept as it was. ${
          options.locked
            ? '“Make a copy” to change it.'
            : 'Edit it (or “Make a copy”) to make it yours.'
        }`,
        problems,
      );
      window.setTimeout(() => handled.delete(key), 1000);
      return;
    }
    backUpCurrentWork('link');
    useSelection.getState().clear();
    useDiagram.getState().replace(loaded.scenario);
    notify(
      'info',
      `Opened ${loaded.what}. Your previous work is kept: “Restore previous work” brings it back.`,
    );
    window.setTimeout(() => handled.delete(key), 1000);
  }, [source, param, search]);
  return <Navigate to="/" replace />;
}
