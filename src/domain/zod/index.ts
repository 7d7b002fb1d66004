/**
 * zod, configured once for the whole app. Import it from here, never from 'zod' itself.
 * - zod/mini: the classic API ships all of zod whatever is used (~25 KB gzip on first load);
 *   mini's functions (`z.optional(s)`, `s.check(z.maxLength(3))`) tree-shake to what we use.
 * - jitless: stops zod from compiling validators with `new Function`, which the app's
 *   Content-Security-Policy (no eval) forbids.
 * - localeError: mini ships no words; ours are the classic API's English (see messages.ts).
 */
import { z } from 'zod/mini';
import { englishMessage } from './messages.ts';

z.config({ jitless: true, localeError: englishMessage });

export { z };
