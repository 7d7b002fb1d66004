/**
 * The embed route (`#/embed/s/<fragment>?options`, `#/embed/example/<id>?options`): a playable
 * diagram for a tutorial page. It opens as a picture with Play (EmbedPoster) and loads the
 * interactive canvas on demand (EmbedView). The canvas and the transport come from their
 * features, the embed's own parts (options, host API, the way out) from features/embed; no
 * palette, inspector, navigation or welcome dialog, and the learner's saved work is never
 * read or written.
 */
import { lazy, Suspense, useEffect, useState } from 'react';
import { useLocation, useParams } from '../../ui/router/index.ts';
import { parseLinkOptions } from '../../domain/embed/link-options.ts';
import { clearHistory, useDiagram } from '../../store/diagram-store.ts';
import { useOwnership } from '../../store/ownership-store.ts';
import { useNotices } from '../../store/notices-store.ts';
import { installHostApi } from '../../features/embed/host-api.ts';
import { prefersReducedMotion } from '../../features/playback/loop/reduced-motion.ts';
import { Notices } from '../Notices.tsx';
import { useThemeClass } from '../use-theme-class.ts';
import { loadEmbedded } from './load-embedded.ts';
import { EmbedPoster } from './EmbedPoster.tsx';
import { lazyPlayer, onViewRequested } from './embed-activation.ts';

const EmbedView = lazy(() => import('./EmbedView.tsx'));

type State = { status: 'loading' } | { status: 'error'; error: string } | { status: 'ready' };
/** poster: the picture; view: the interactive canvas (play: start playing when it mounts). */
type Mode = { view: false } | { view: true; play: boolean };

export function EmbedPage({ source }: { source: 's' | 'example' }) {
  useThemeClass();
  const params = useParams();
  const param = (source === 's' ? params.fragment : params.id) ?? '';
  const { search } = useLocation();
  const [state, setState] = useState<State>({ status: 'loading' });
  const [{ options, problems }] = useState(() => parseLinkOptions(search));
  // Motion the reader asked not to see never starts by itself.
  const autoplay = options.autoplay && !prefersReducedMotion();
  const [mode, setMode] = useState<Mode>(autoplay ? { view: true, play: true } : { view: false });
  const scenario = useDiagram((s) => s.scenario);

  useEffect(() => {
    let live = true;
    void loadEmbedded(source, param).then((loaded) => {
      if (!live) return;
      if (!loaded.ok) return setState({ status: 'error', error: loaded.error });
      useOwnership.getState().set(options.locked ? 'locked' : 'own');
      useDiagram.getState().replace(loaded.scenario);
      clearHistory();
      document.title = `${loaded.scenario.name} — Serverless Explorer`;
      if (problems.length > 0)
        useNotices
          .getState()
          .notify('info', 'Some of this embed’s options were ignored.', problems);
      setState({ status: 'ready' });
    });
    return () => {
      live = false;
    };
  }, [source, param, options.locked, problems]);

  useEffect(() => {
    if (state.status !== 'ready') return;
    onViewRequested(() => setMode((m) => (m.view ? m : { view: true, play: false })));
    return installHostApi(lazyPlayer);
  }, [state.status]);

  return (
    <div className="flex h-full flex-col">
      {state.status === 'loading' && (
        <p role="status" className="m-auto text-sm text-slate-600 dark:text-slate-400">
          Loading the diagram…
        </p>
      )}
      {state.status === 'error' && (
        <div role="alert" className="m-auto max-w-md p-4 text-sm">
          <h1 className="font-medium">This embedded diagram could not be opened.</h1>
          <p className="mt-1">{state.error}</p>
        </div>
      )}
      {state.status === 'ready' && <h1 className="sr-only">{scenario.name}</h1>}
      {state.status === 'ready' && !mode.view && (
        <EmbedPoster
          scenario={scenario}
          busy={false}
          onPlay={() => setMode({ view: true, play: true })}
          onOpen={() => setMode({ view: true, play: false })}
        />
      )}
      {state.status === 'ready' && mode.view && (
        <Suspense
          fallback={<EmbedPoster scenario={scenario} busy onPlay={() => {}} onOpen={() => {}} />}
        >
          <EmbedView options={options} play={mode.play} />
        </Suspense>
      )}
      <Notices />
    </div>
  );
}
