/**
 * The addresses and the `<iframe>` snippet of an embed. Pure: the Share dialog builds them from
 * the current scenario, the embed builds its "Open in Serverless Explorer" link the same way.
 */
import { linkOptionsQuery, type LinkOptions } from './link-options.ts';

/** The embed's hash route, before the scenario fragment (a share fragment, `s1.…`). */
export const EMBED_ROUTE = '#/embed/s/';

/** The page address without its fragment: where the app is served from. */
export function appBase(pageUrl: string): string {
  const hashAt = pageUrl.indexOf('#');
  return hashAt >= 0 ? pageUrl.slice(0, hashAt) : pageUrl;
}

/**
 * @example
 * embedUrl('https://example.org/sx/#/', 's1.abc', { autoplay: true });
 * // 'https://example.org/sx/#/embed/s/s1.abc?autoplay=1'
 */
export function embedUrl(pageUrl: string, fragment: string, options: Partial<LinkOptions>) {
  return appBase(pageUrl) + EMBED_ROUTE + fragment + linkOptionsQuery(options);
}

/** The full app on a shared scenario (view-only there), optionally locked. */
export function appLinkUrl(pageUrl: string, fragment: string, locked = false) {
  return `${appBase(pageUrl)}#/s/${fragment}${linkOptionsQuery({ locked })}`;
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '"': '&quot;',
  '<': '&lt;',
  '>': '&gt;',
  "'": '&#39;',
};

/** Text made safe for a double-quoted HTML attribute (a scenario name is the user's text). */
export function escapeAttribute(text: string): string {
  return text.replace(/[&"<>']/g, (c) => ESCAPES[c] ?? c);
}

export interface SnippetSize {
  /** CSS pixels, or a percentage such as "100%". */
  width: string;
  height: string;
}

/** "640", "100%" → itself; anything else → null (the dialog keeps the last good value). */
export function parseSize(text: string): string | null {
  const t = text.trim();
  if (/^\d{2,4}$/.test(t) && Number(t) >= 200 && Number(t) <= 4000) return t;
  if (/^\d{1,3}%$/.test(t) && Number(t.slice(0, -1)) > 0 && Number(t.slice(0, -1)) <= 100) return t;
  return null;
}

/**
 * The HTML to paste into a page. `loading="lazy"` so an embed far down an article costs
 * nothing until the reader scrolls to it; the title names the frame for screen readers.
 *
 * @example
 * embedSnippet('https://…#/embed/s/s1.abc', 'REST API', { width: '100%', height: '480' });
 * // '<iframe src="https://…" title="REST API — Serverless Explorer" width="100%" height="480" …'
 */
export function embedSnippet(url: string, name: string, size: SnippetSize): string {
  const title = escapeAttribute(`${name} — Serverless Explorer`);
  return (
    `<iframe src="${escapeAttribute(url)}" title="${title}" width="${escapeAttribute(size.width)}" ` +
    `height="${escapeAttribute(size.height)}" loading="lazy" style="border:1px solid #cbd5e1;border-radius:8px" ` +
    `allow="fullscreen"></iframe>`
  );
}
