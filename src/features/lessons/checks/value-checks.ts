/**
 * Checks on values the learner sets: a node's config (inspector), an event source's traffic
 * and the run settings. Messages name the field as the inspector labels it.
 */
import { getKind, type ConfigValue, type FieldSpec } from '../../../domain/catalog/index.ts';
import type { Scenario } from '../../../domain/diagram/index.ts';
import { compare, phrase } from './compare.ts';
import { formatNumber } from './format.ts';
import { missingKind } from './graph-checks.ts';
import type {
  CheckResult,
  ConfigCheck,
  SettingCheck,
  TrafficCheck,
} from '../../../domain/lessons/check-schema.ts';

/** A value as the inspector shows it: "5 environments", "arm64 (Graviton)", "not set". */
export function showValue(value: ConfigValue | undefined, field?: FieldSpec): string {
  if (value === null || value === undefined) return 'not set';
  if (typeof value === 'boolean') return value ? 'on' : 'off';
  if (typeof value === 'number') {
    let unit = field?.type === 'number' ? field.unit : '';
    // "1 environment", "5 environments": units that are plain plural words lose their "s".
    if (value === 1 && /^[a-z]+s$/.test(unit)) unit = unit.slice(0, -1);
    return `${formatNumber(value)}${unit ? ` ${unit}` : ''}`;
  }
  if (field?.type === 'enum') return field.options.find((o) => o.value === value)?.label ?? value;
  return `“${value}”`;
}

export function checkConfig(scenario: Scenario, check: ConfigCheck): CheckResult {
  const spec = getKind(check.kind);
  const field = spec.fields.find((f) => f.key === check.key);
  const name = field?.label ?? check.key;
  const nodes = scenario.nodes.filter((n) => n.kind === check.kind);
  if (nodes.length === 0) {
    return { ok: false, message: missingKind(check.kind) };
  }
  const holds = (value: ConfigValue | undefined) => {
    if (check.op === 'set') return value !== null && value !== undefined;
    if (check.op === 'unset') return value === null || value === undefined;
    if (value === null || value === undefined || typeof value === 'boolean')
      return check.value === value;
    return check.value !== undefined && typeof check.value !== 'boolean'
      ? compare(value, check.op, check.value)
      : false;
  };
  const match = nodes.find((n) => holds(n.config[check.key]));
  const first = nodes[0]!;
  const now = showValue(first.config[check.key], field);
  if (match)
    return {
      ok: true,
      message: `${name} of ${match.label} is ${showValue(match.config[check.key], field)}.`,
    };
  let message: string;
  if (check.op === 'set')
    message = `${name} of ${first.label} is not set yet: set it in the inspector.`;
  else if (check.op === 'unset')
    message = `${name} of ${first.label} must be empty (it is ${now}).`;
  else {
    const want = check.value === undefined ? '' : showValue(check.value, field);
    message = `${name} of ${first.label} must be ${phrase(check.op, want)} (it is ${now}).`;
  }
  return { ok: false, message: check.hint ?? message };
}

const TRAFFIC_LABELS: Record<TrafficCheck['key'], [string, string]> = {
  ratePerSec: ['average rate', 'requests/s'],
  pattern: ['traffic pattern', ''],
  peakMultiplier: ['peak multiplier', '×'],
  periodSec: ['period', 's'],
  payloadKb: ['payload', 'KB'],
};

function showTraffic(key: TrafficCheck['key'], value: number | string) {
  const unit = TRAFFIC_LABELS[key][1];
  return typeof value === 'number'
    ? `${formatNumber(value)}${unit ? ` ${unit}` : ''}`
    : `“${value}”`;
}

export function checkTraffic(scenario: Scenario, check: TrafficCheck): CheckResult {
  const sources = scenario.nodes.filter((n) => n.kind === check.kind);
  const kindLabel = getKind(check.kind).label;
  if (sources.length === 0) return { ok: false, message: missingKind(check.kind) };
  const [name] = TRAFFIC_LABELS[check.key];
  for (const source of sources) {
    const value = scenario.traffic[source.id]?.[check.key];
    if (value === undefined || !compare(value, check.op, check.value)) {
      const now = value === undefined ? 'not set' : showTraffic(check.key, value);
      const message = `The ${name} of ${source.label} must be ${phrase(check.op, showTraffic(check.key, check.value))} (it is ${now}).`;
      return { ok: false, message: check.hint ?? message };
    }
  }
  const shown = sources.map((s) => showTraffic(check.key, scenario.traffic[s.id]![check.key]));
  return { ok: true, message: `The ${name} of ${kindLabel} is ${shown.join(', ')}.` };
}

const SETTING_LABELS: Record<SettingCheck['key'], [string, string]> = {
  durationSec: ['Simulated time', 's'],
  keepAliveSec: ['Idle keep-alive', 's'],
  seed: ['Random seed', ''],
  accountConcurrency: ['Account concurrency limit', 'environments'],
};

export function checkSetting(scenario: Scenario, check: SettingCheck): CheckResult {
  const [name, unit] = SETTING_LABELS[check.key];
  const value = scenario.settings[check.key];
  const show = (n: number) => `${formatNumber(n)}${unit ? ` ${unit}` : ''}`;
  if (compare(value, check.op, check.value))
    return { ok: true, message: `${name} is ${show(value)}.` };
  const message = `${name} (in the scenario settings) must be ${phrase(check.op, show(check.value))} (it is ${show(value)}).`;
  return { ok: false, message: check.hint ?? message };
}
