/** Colour of an answer token: what happened to the work it answers for. */
import type { JobTable } from './jobs.ts';
import { F_COLD, F_WARM } from './jobs.ts';
import { ST_OK, ST_THROTTLED } from './node-model.ts';
import { TOKEN_CLASS } from './trace.ts';

export function responseClass(flags: number, status: number): number {
  if (status === ST_THROTTLED) return TOKEN_CLASS.throttled;
  if (status !== ST_OK) return TOKEN_CLASS.error;
  if (flags & F_COLD) return TOKEN_CLASS.cold;
  if (flags & F_WARM) return TOKEN_CLASS.warm;
  return TOKEN_CLASS.normal;
}

/** Copies how an invocation started (cold / warm) onto the job that waited for it. */
export function inheritStart(jobs: JobTable, from: number, to: number): void {
  const flags = jobs.flags;
  const start = (flags[from] as number) & (F_COLD | F_WARM);
  flags[to] = ((flags[to] as number) & ~(F_COLD | F_WARM)) | start;
}
