/**
 * The share link as a QR code, for a projected slide. Loaded with the Share dialog, not before
 * (lean-qr: ~3.5 KB gzip). Drawn as one SVG path, so it stays sharp at any projector size.
 */
import { useMemo } from 'react';
import { generate } from 'lean-qr';

const QUIET = 4; // modules of white around the code, as readers expect

function qrPath(text: string): { size: number; path: string } | null {
  try {
    const code = generate(text);
    let path = '';
    for (let y = 0; y < code.size; y++)
      for (let x = 0; x < code.size; x++)
        if (code.get(x, y)) path += `M${x + QUIET} ${y + QUIET}h1v1h-1z`;
    return { size: code.size + QUIET * 2, path };
  } catch {
    return null; // longer than a QR code holds
  }
}

export default function ShareQrCode({ url }: { url: string }) {
  const qr = useMemo(() => qrPath(url), [url]);
  if (!qr) {
    return (
      <p className="text-xs text-slate-600 dark:text-slate-400">
        This link is too long for a QR code: shorten the scenario, or share the link itself.
      </p>
    );
  }
  return (
    <svg
      role="img"
      aria-label="QR code of the share link"
      viewBox={`0 0 ${qr.size} ${qr.size}`}
      shapeRendering="crispEdges"
      className="h-auto w-full max-w-72 rounded border border-slate-200 dark:border-slate-700"
    >
      <rect width={qr.size} height={qr.size} fill="#fff" />
      <path d={qr.path} fill="#000" />
    </svg>
  );
}
