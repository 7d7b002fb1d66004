/**
 * Migrations of the scenario document. Each entry upgrades version N to N+1.
 * Version 1 is the first; documents without a version are refused, not guessed at.
 */
import { migrateLambdaRuntime } from './migration-2-lambda-runtime.ts';
import { migrateMeters } from './migration-3-meters.ts';
import { migrateCapacity } from './migration-4-capacity.ts';
import { SCENARIO_VERSION } from './scenario.ts';

type Migration = (doc: Record<string, unknown>) => Record<string, unknown>;

/** MIGRATIONS[n] turns a version-n document into version n+1. */
export const MIGRATIONS: Record<number, Migration> = {
  1: migrateLambdaRuntime,
  2: migrateMeters,
  3: migrateCapacity,
};

export type MigrationResult =
  { ok: true; doc: Record<string, unknown> } | { ok: false; error: string };

export function migrate(input: unknown): MigrationResult {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, error: 'A scenario must be a JSON object.' };
  }
  let doc = input as Record<string, unknown>;
  const version = doc.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return {
      ok: false,
      error: 'This is not a Serverless Explorer scenario: it has no valid "version".',
    };
  }
  if (version > SCENARIO_VERSION) {
    return {
      ok: false,
      error: `This scenario was made by a newer version of Serverless Explorer (format ${version}; this one reads up to ${SCENARIO_VERSION}). Reload the page to update.`,
    };
  }
  for (let v = version; v < SCENARIO_VERSION; v++) {
    const step = MIGRATIONS[v];
    if (!step) return { ok: false, error: `No migration from format ${v}.` };
    doc = { ...step(doc), version: v + 1 };
  }
  return { ok: true, doc };
}
