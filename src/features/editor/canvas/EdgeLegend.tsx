import { EDGE_STYLE } from './flow-types.ts';
import type { InvocationModel } from '../../../domain/catalog/index.ts';

const ORDER: InvocationModel[] = ['sync', 'async', 'poll', 'sdk'];

/** The key to edge styles: always on screen, so a dashed line is never a mystery. */
export function EdgeLegend() {
  return (
    <section
      aria-label="Legend: connection styles"
      className="absolute left-2 top-2 z-10 max-w-[calc(100%-1rem)] rounded-md border border-slate-200 bg-white/90 px-2 py-1 text-[11px] shadow-sm dark:border-slate-700 dark:bg-slate-900/90"
    >
      <ul className="flex flex-wrap gap-x-3 gap-y-1">
        {ORDER.map((model) => {
          const s = EDGE_STYLE[model];
          return (
            <li key={model} className="flex items-center gap-1.5" title={s.description}>
              <svg width="28" height="8" aria-hidden="true">
                <line
                  x1="1"
                  y1="4"
                  x2="27"
                  y2="4"
                  stroke="currentColor"
                  strokeWidth={s.width}
                  strokeDasharray={s.dash}
                />
              </svg>
              <span>
                <b className="font-semibold">{s.label}</b>
                <span className="sr-only"> — {s.description}</span>
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
