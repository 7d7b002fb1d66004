import { useEffect, useRef } from 'react';
import { useDiagram } from '../../../store/diagram-store.ts';
import { diagramSvgElement } from '../export-image/diagram-svg.ts';

/**
 * The diagram as a picture (the image export's drawing, built with DOM calls and textContent),
 * shown while the interactive canvas loads: the first paint shows the architecture without
 * waiting for React Flow to measure and render every node. Reaching for it (a pointer over it,
 * focus, a key) brings the interactive canvas (see use-live-canvas.ts). Drawn inline, not as an
 * image: a picture that the canvas replaces a moment later is no page's main content.
 */
export function DiagramPicture({ onReach }: { onReach: () => void }) {
  const scenario = useDiagram((s) => s.scenario);
  const holder = useRef<HTMLSpanElement>(null);
  const dark = document.documentElement.classList.contains('dark');
  useEffect(() => {
    const { element, width, height } = diagramSvgElement(scenario, dark, false);
    element.setAttribute('width', '100%');
    element.setAttribute('height', '100%');
    element.setAttribute('aria-hidden', 'true');
    // At most the zoom the interactive canvas fits to (1.2), as it would show it.
    element.style.maxWidth = `${width * 1.2}px`;
    element.style.maxHeight = `${height * 1.2}px`;
    holder.current?.replaceChildren(element);
  }, [scenario, dark]);
  return (
    <div
      // The margins the canvas fits its diagram into (playback/panel FIT: the legend above).
      className="flex h-full w-full items-center justify-center px-[8%] pt-[76px] pb-[60px]"
      data-testid="canvas-picture"
      onPointerEnter={onReach}
      onPointerDown={onReach}
      onDragEnter={onReach}
      onWheel={onReach}
    >
      <button
        type="button"
        className="flex h-full w-full cursor-default items-center justify-center"
        aria-label={`Diagram “${scenario.name}”: ${scenario.nodes.map((n) => n.label).join(', ')} (loading the interactive canvas)`}
        onFocus={onReach}
        onClick={onReach}
      >
        <span ref={holder} className="flex h-full w-full items-center justify-center" />
      </button>
    </div>
  );
}
