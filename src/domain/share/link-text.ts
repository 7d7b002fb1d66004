/**
 * A share link as people paste it into a terminal or a form: the whole URL
 * (`https://…/#/s/s1.…`), the hash route (`#/s/s1.…`, `/s/s1.…`) or just the fragment
 * (`s1.…`). Anything else — a file name, for instance — is not a link.
 */
import { fragmentFromHash } from './link-codec.ts';

/**
 * The scenario fragment in a pasted link, or null when the text is not a share link.
 *
 * @example
 * fragmentFromLinkText('https://example.org/app/#/s/s1.Qx3b…'); // 's1.Qx3b…'
 * fragmentFromLinkText('s1.Qx3b…'); // 's1.Qx3b…'
 * fragmentFromLinkText('scenario.json'); // null
 */
export function fragmentFromLinkText(text: string): string | null {
  const trimmed = text.trim();
  const hashAt = trimmed.indexOf('#');
  if (hashAt >= 0) return fragmentFromHash(trimmed.slice(hashAt));
  if (trimmed.startsWith('/s/')) return fragmentFromHash(trimmed);
  return /^s\d+\.\S+$/.test(trimmed) ? trimmed : null;
}
