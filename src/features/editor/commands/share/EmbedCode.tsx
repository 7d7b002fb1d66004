/**
 * "Copy embed code": the embed's options as controls, a live preview, and the `<iframe>`
 * snippet to paste into a page (domain/embed builds the address and the escaped HTML).
 */
import { useId, useState } from 'react';
import { embedSnippet, embedUrl, parseSize } from '../../../../domain/embed/embed-code.ts';
import type { EmbedPanel, LinkOptions } from '../../../../domain/embed/link-options.ts';
import { Button } from '../../../../ui/Button.tsx';
import { inputClass } from '../../inspector/field-styles.ts';
import { copyText } from './copy-text.ts';

const SPEEDS = [0.5, 1, 2, 5, 10, 20];

export function EmbedCode({ fragment, name }: { fragment: string; name: string }) {
  const id = useId();
  const [options, setOptions] = useState<Omit<LinkOptions, 'speed'> & { speed: number | null }>({
    autoplay: false,
    startSec: 0,
    speed: null,
    panels: ['cost'],
    locked: false,
  });
  const [width, setWidth] = useState('100%');
  const [height, setHeight] = useState('480');
  const [copied, setCopied] = useState<string>('');
  const set = (patch: Partial<LinkOptions>) => setOptions((o) => ({ ...o, ...patch }));
  const togglePanel = (panel: EmbedPanel, on: boolean) =>
    set({ panels: on ? [...options.panels, panel] : options.panels.filter((p) => p !== panel) });
  const url = embedUrl(window.location.href, fragment, options);
  const snippet = embedSnippet(url, name, {
    width: parseSize(width) ?? '100%',
    height: parseSize(height) ?? '480',
  });
  const check = 'flex items-center gap-1.5';
  return (
    <section aria-labelledby={`${id}-h`} className="flex flex-col gap-2 text-sm">
      <h3 id={`${id}-h`} className="font-semibold">
        Embed in a web page
      </h3>
      <div className="grid grid-cols-2 gap-x-4 gap-y-1.5">
        <label className={check}>
          <input
            type="checkbox"
            checked={options.autoplay}
            onChange={(e) => set({ autoplay: e.target.checked })}
          />
          Play on load
        </label>
        <label className={check}>
          <input
            type="checkbox"
            checked={options.locked}
            onChange={(e) => set({ locked: e.target.checked })}
          />
          Locked (no editing)
        </label>
        <label className={check}>
          <input
            type="checkbox"
            checked={options.panels.includes('cost')}
            onChange={(e) => togglePanel('cost', e.target.checked)}
          />
          Cost line
        </label>
        <label className={check}>
          <input
            type="checkbox"
            checked={options.panels.includes('metrics')}
            onChange={(e) => togglePanel('metrics', e.target.checked)}
          />
          Metrics
        </label>
        <label className="flex flex-col gap-0.5">
          Start at (simulated seconds)
          <input
            type="number"
            min={0}
            step={1}
            value={options.startSec}
            onChange={(e) => set({ startSec: Math.max(0, Number(e.target.value) || 0) })}
            className={inputClass}
          />
        </label>
        <label className="flex flex-col gap-0.5">
          Speed
          <select
            value={options.speed ?? ''}
            onChange={(e) => set({ speed: e.target.value ? Number(e.target.value) : null })}
            className={inputClass}
          >
            <option value="">The scenario’s own</option>
            {SPEEDS.map((s) => (
              <option key={s} value={s}>
                {s}×
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-0.5">
          Width (px or %)
          <input value={width} onChange={(e) => setWidth(e.target.value)} className={inputClass} />
        </label>
        <label className="flex flex-col gap-0.5">
          Height (px)
          <input
            value={height}
            onChange={(e) => setHeight(e.target.value)}
            className={inputClass}
          />
        </label>
      </div>
      {(parseSize(width) === null || parseSize(height) === null) && (
        <p role="alert" className="text-xs text-red-700 dark:text-red-400">
          Sizes are 200 to 4000 pixels, or a percentage such as 100%: the snippet keeps the last
          good size.
        </p>
      )}
      <iframe
        title="Preview of the embed"
        src={url}
        loading="lazy"
        className="h-64 w-full rounded border border-slate-300 dark:border-slate-600"
      />
      <textarea
        readOnly
        value={snippet}
        rows={4}
        aria-label="Embed code"
        onFocus={(e) => e.currentTarget.select()}
        className={`font-mono text-xs ${inputClass}`}
      />
      <div className="flex items-center gap-3">
        <Button
          onClick={() =>
            void copyText(snippet).then((ok) =>
              setCopied(
                ok
                  ? 'Embed code copied.'
                  : 'Select the code and copy it (the clipboard is not available here).',
              ),
            )
          }
        >
          Copy embed code
        </Button>
        <span role="status" className="text-xs">
          {copied}
        </span>
      </div>
    </section>
  );
}
