import type { Scenario } from '../../../domain/diagram/index.ts';
import { useNotices } from '../../../store/notices-store.ts';
import { downloadBlob, fileSlug } from '../persistence/download.ts';
import { diagramSvg } from './diagram-svg.ts';

/** Downloads the diagram as SVG, or as a 2× PNG rendered from the same SVG. */
export async function exportImage(scenario: Scenario, format: 'svg' | 'png') {
  const { notify } = useNotices.getState();
  if (scenario.nodes.length === 0)
    return notify('info', 'The canvas is empty: add some nodes first.');
  const { svg, width, height } = diagramSvg(scenario);
  const name = fileSlug(scenario.name);
  if (format === 'svg') {
    downloadBlob(new Blob([svg], { type: 'image/svg+xml' }), `${name}.svg`);
    return notify('success', 'Exported the diagram as SVG.');
  }
  try {
    const blob = await svgToPng(svg, width, height, 2);
    downloadBlob(blob, `${name}.png`);
    notify('success', 'Exported the diagram as PNG.');
  } catch {
    notify('error', 'The PNG could not be drawn in this browser. Try SVG instead.');
  }
}

function svgToPng(svg: string, width: number, height: number, scale: number): Promise<Blob> {
  return new Promise((resolve, reject) => {
    const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
    const image = new Image();
    image.onload = () => {
      const canvas = document.createElement('canvas');
      canvas.width = Math.ceil(width * scale);
      canvas.height = Math.ceil(height * scale);
      const ctx = canvas.getContext('2d');
      if (!ctx) return reject(new Error('no 2d context'));
      ctx.scale(scale, scale);
      ctx.drawImage(image, 0, 0, width, height);
      URL.revokeObjectURL(url);
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('toBlob failed'))),
        'image/png',
      );
    };
    image.onerror = () => {
      URL.revokeObjectURL(url);
      reject(new Error('image load failed'));
    };
    image.src = url;
  });
}
