import { useEffect, useMemo } from 'react';
import { useDiagram } from '../../../store/diagram-store.ts';
import { diagramSvg } from '../export-image/diagram-svg.ts';

/**
 * The diagram as a picture (the image export's SVG, text set with textContent), shown while the
 * interactive canvas loads: the first paint shows the architecture without waiting for React
 * Flow to measure and render every node. Reaching for it (a pointer over it, focus, a key)
 * brings the interactive canvas (see LiveCanvas.tsx).
 */
export function DiagramPicture({ onReach }: { onReach: () => void }) {
  const scenario = useDiagram((s) => s.scenario);
  const dark = document.documentElement.classList.contains('dark');
  const picture = useMemo(() => {
    const { svg, width, height } = diagramSvg(scenario, dark, false);
    return {
      url: URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' })),
      width,
      height,
    };
  }, [scenario, dark]);
  useEffect(() => () => URL.revokeObjectURL(picture.url), [picture.url]);
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
        aria-label="Diagram (loading the interactive canvas)"
        onFocus={onReach}
        onClick={onReach}
      >
        <img
          src={picture.url}
          alt={`Diagram “${scenario.name}”: ${scenario.nodes.map((n) => n.label).join(', ')}`}
          // At most the zoom the interactive canvas fits to (1.2), as it would show it.
          style={{ maxWidth: picture.width * 1.2, maxHeight: picture.height * 1.2 }}
          className="h-full w-full object-contain"
        />
      </button>
    </div>
  );
}
