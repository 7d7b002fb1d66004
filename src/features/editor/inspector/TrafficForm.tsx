import { useId } from 'react';
import {
  DEFAULT_TRAFFIC,
  TRAFFIC_PATTERNS,
  trafficSchema,
  type Traffic,
} from '../../../domain/diagram/index.ts';
import { useDiagram } from '../../../store/diagram-store.ts';
import { DraftInput } from './DraftInput.tsx';
import { inputClass, labelClass, helpClass } from './field-styles.ts';
import { useExplorerSlot } from '../../../ui/explorer-slots.tsx';

const PATTERN_HELP: Record<Traffic['pattern'], string> = {
  steady: 'Random (Poisson) arrivals at the average rate.',
  burst: 'Every period, a burst at the peak multiplier for a tenth of the period.',
  spike: 'One spike at the peak multiplier, a third of the way into the run.',
  daily: 'A day squeezed into the period: quiet nights, busy middays.',
};

const NUMBER_FIELDS = [
  { key: 'ratePerSec', label: 'Average rate', unit: 'per second' },
  { key: 'payloadKb', label: 'Payload', unit: 'KB' },
  { key: 'peakMultiplier', label: 'Peak multiplier', unit: '×' },
  { key: 'periodSec', label: 'Period', unit: 's' },
] as const;

export function TrafficForm({ nodeId }: { nodeId: string }) {
  const traffic = useDiagram((s) => s.scenario.traffic[nodeId]) ?? DEFAULT_TRAFFIC;
  const setTraffic = useDiagram((s) => s.setTraffic);
  const id = useId();
  const SourceExtras = useExplorerSlot('SourceExtras');
  const check = (key: string, draft: string) => {
    const n = Number(draft);
    if (draft.trim() === '' || !Number.isFinite(n)) return 'Enter a number.';
    const parsed = trafficSchema.safeParse({ ...traffic, [key]: n });
    return parsed.success ? null : (parsed.error.issues[0]?.message ?? 'Invalid value.');
  };
  return (
    <fieldset className="flex flex-col gap-3">
      <legend className="mb-1 text-sm font-semibold">Traffic</legend>
      <div>
        <label htmlFor={id} className={labelClass}>
          Pattern
        </label>
        <select
          id={id}
          value={traffic.pattern}
          onChange={(e) => setTraffic(nodeId, { pattern: e.target.value as Traffic['pattern'] })}
          className={`mt-0.5 ${inputClass}`}
        >
          {TRAFFIC_PATTERNS.map((p) => (
            <option key={p} value={p}>
              {p[0]?.toUpperCase() + p.slice(1)}
            </option>
          ))}
        </select>
        <p className={helpClass}>{PATTERN_HELP[traffic.pattern]}</p>
      </div>
      {NUMBER_FIELDS.filter(
        (f) =>
          traffic.pattern !== 'steady' || (f.key !== 'peakMultiplier' && f.key !== 'periodSec'),
      ).map((f) => (
        <DraftInput
          key={f.key}
          label={f.label}
          unit={f.unit}
          type="number"
          value={String(traffic[f.key])}
          validate={(d) => check(f.key, d)}
          commit={(d) => {
            const result = setTraffic(nodeId, { [f.key]: Number(d) });
            return result.ok ? null : result.message;
          }}
        />
      ))}
      <SourceExtras sourceId={nodeId} />
    </fieldset>
  );
}
