/**
 * The messages a host page may send an embed, read as carefully as a shared link: anything
 * that is not one of ours is ignored; one of ours with a bad value is answered with an error
 * that says what was wrong. Nothing here acts: host-api.ts does.
 */
import { parseScenarioJson, MAX_JSON_CHARS } from '../../domain/share/json-file.ts';
import { decodeScenarioFragment, fragmentFromHash } from '../../domain/share/link-codec.ts';
import type { Scenario } from '../../domain/diagram/index.ts';

/** Every message in either direction carries this, so pages can tell ours from others'. */
export const APP = 'serverless-explorer';

export type HostCommand =
  | { type: 'play' | 'pause' | 'restart' | 'getScenario' }
  | { type: 'setSpeed'; speed: number }
  | { type: 'seek'; timeSec: number }
  | { type: 'loadScenario'; scenario: Scenario };

export type ReadMessage =
  /** Not ours, or a command this version does not know: ignore it. */
  | { kind: 'ignore' }
  | { kind: 'invalid'; id: string | number | null; command: string; error: string }
  | { kind: 'command'; id: string | number | null; command: HostCommand };

const SIMPLE = new Set(['play', 'pause', 'restart', 'getScenario']);
const KNOWN = new Set([...SIMPLE, 'setSpeed', 'seek', 'loadScenario']);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A caller's id, echoed in the answer: short strings and finite numbers only. */
function readId(value: unknown): string | number | null {
  if (typeof value === 'string' && value.length <= 64) return value;
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  return null;
}

/** A scenario as a share link, a share fragment, or a scenario document (what Export writes). */
function readScenario(
  value: unknown,
): { ok: true; scenario: Scenario } | { ok: false; error: string } {
  if (typeof value === 'string') {
    const fragment = fragmentFromHash(value.slice(value.indexOf('#'))) ?? value;
    const decoded = decodeScenarioFragment(fragment.split('?')[0] ?? '');
    return decoded.ok ? decoded : { ok: false, error: decoded.error };
  }
  if (!isRecord(value)) {
    return { ok: false, error: '“scenario” must be a scenario document or a share link.' };
  }
  let text: string;
  try {
    text = JSON.stringify(value);
  } catch {
    return { ok: false, error: 'The scenario could not be read.' };
  }
  if (text.length > MAX_JSON_CHARS) return { ok: false, error: 'The scenario is too large.' };
  const parsed = parseScenarioJson(text);
  return parsed.ok
    ? parsed
    : { ok: false, error: `The scenario is not valid: ${parsed.errors.slice(0, 3).join(' ')}` };
}

/**
 * @example
 * readHostMessage({ app: 'serverless-explorer', type: 'setSpeed', speed: 4, id: 1 });
 * // { kind: 'command', id: 1, command: { type: 'setSpeed', speed: 4 } }
 * readHostMessage('hello'); // { kind: 'ignore' }
 */
export function readHostMessage(data: unknown): ReadMessage {
  if (!isRecord(data) || data.app !== APP || typeof data.type !== 'string')
    return { kind: 'ignore' };
  const { type } = data;
  if (!KNOWN.has(type)) return { kind: 'ignore' };
  const id = readId(data.id);
  const invalid = (error: string): ReadMessage => ({ kind: 'invalid', id, command: type, error });
  if (SIMPLE.has(type)) {
    return { kind: 'command', id, command: { type } as HostCommand };
  }
  if (type === 'setSpeed') {
    const speed = data.speed;
    if (typeof speed !== 'number' || !Number.isFinite(speed) || speed < 0.1 || speed > 100)
      return invalid('“speed” must be a number from 0.1 to 100 (simulated seconds per second).');
    return { kind: 'command', id, command: { type, speed } };
  }
  if (type === 'seek') {
    const timeSec = data.timeSec;
    if (typeof timeSec !== 'number' || !Number.isFinite(timeSec) || timeSec < 0)
      return invalid('“timeSec” must be a number of simulated seconds, 0 or more.');
    return { kind: 'command', id, command: { type, timeSec } };
  }
  const scenario = readScenario(data.scenario);
  if (!scenario.ok) return invalid(scenario.error);
  return { kind: 'command', id, command: { type: 'loadScenario', scenario: scenario.scenario } };
}
