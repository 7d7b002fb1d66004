import { useEditorUi } from '../../../store/editor-ui-store.ts';
import { usePresenter } from './presenter-store.ts';

/** Fits the whole diagram, as large as the screen allows (labels ≥ 18 px on a 1280×720 projector). */
export function fitForPresenting() {
  const fit = () =>
    void useEditorUi.getState().flow?.fitView({ padding: 0.03, maxZoom: 3, duration: 0 });
  // After the layout has changed size (now and once the panels below, which refit the canvas
  // for the Explorer when they change, have settled).
  requestAnimationFrame(() => requestAnimationFrame(() => requestAnimationFrame(fit)));
  window.setTimeout(fit, 300);
}

export function enterPresenter() {
  usePresenter.getState().set({ on: true, step: 0, blank: false });
  // Full screen where the browser allows it; the mode works in a window too.
  document.documentElement.requestFullscreen?.().catch(() => {});
  fitForPresenting();
}

export function leavePresenter() {
  usePresenter.getState().set({ on: false, blank: false });
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
  window.setTimeout(
    () => void useEditorUi.getState().flow?.fitView({ padding: 0.2, maxZoom: 1.2 }),
    100,
  );
}
