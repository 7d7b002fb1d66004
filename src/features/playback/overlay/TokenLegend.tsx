/**
 * The key to the tokens, always on screen next to the transport: shape and colour of each
 * meaning, drawn exactly as the overlay draws them.
 */
import { usePlayback } from '../../../store/playback-store.ts';
import { LEGEND_CLASSES, LOOK, RETRY_LOOK, type Shape } from './token-style.ts';

export function TokenSymbol({
  shape,
  color,
  dashed = false,
}: {
  shape: Shape | 'retry';
  color: string;
  dashed?: boolean;
}) {
  return (
    <svg width="14" height="14" viewBox="-7 -7 14 14" aria-hidden="true" className="shrink-0">
      {shape === 'dot' && <circle r="3" fill="currentColor" />}
      {shape === 'disc' && <circle r="5" fill={color} />}
      {shape === 'ring' && <circle r="4.2" fill="none" stroke={color} strokeWidth="2.4" />}
      {shape === 'square' && <rect x="-4" y="-4" width="8" height="8" fill={color} />}
      {shape === 'cross' && (
        <path
          d="M-4.5 -4.5 L4.5 4.5 M4.5 -4.5 L-4.5 4.5"
          stroke={color}
          strokeWidth="2.6"
          strokeLinecap="round"
        />
      )}
      {shape === 'retry' && (
        <circle
          r="5.6"
          fill="none"
          stroke={color}
          strokeWidth="1.6"
          strokeDasharray={dashed ? '2.4 1.8' : undefined}
        />
      )}
    </svg>
  );
}

export function TokenLegend() {
  const aggregate = usePlayback((s) => s.aggregate);
  return (
    <section
      aria-label="Legend: requests on the canvas"
      className="flex min-w-0 flex-wrap items-center justify-center gap-x-3 gap-y-0.5 rounded-md border border-slate-200 bg-white/90 px-2.5 py-1 text-[11px] shadow-sm dark:border-slate-700 dark:bg-slate-900/90"
    >
      {LEGEND_CLASSES.map((cls) => {
        const look = LOOK[cls];
        if (!look) return null;
        return (
          <span
            key={look.key}
            className="flex items-center gap-1"
            title={`${look.label}: ${look.description}`}
          >
            <TokenSymbol shape={look.shape} color={look.color} />
            <span aria-hidden="true">{look.short}</span>
            <span className="sr-only">{look.label}</span>
          </span>
        );
      })}
      <span className="flex items-center gap-1" title={RETRY_LOOK.description}>
        <TokenSymbol shape="retry" color={RETRY_LOOK.color} dashed />
        {RETRY_LOOK.label}
      </span>
      {aggregate && (
        <span
          className="rounded bg-amber-100 px-1.5 font-semibold text-amber-950 dark:bg-amber-950 dark:text-amber-100"
          title="Too many requests to draw one by one: each connection shows how many are on it"
        >
          Density view
        </span>
      )}
    </section>
  );
}
