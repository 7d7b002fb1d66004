/**
 * zod, configured once for the whole domain: "jitless" stops zod from compiling validators
 * with `new Function`, which the app's Content-Security-Policy (no eval) forbids.
 */
import { z } from 'zod';

z.config({ jitless: true });

export { z };
