/** The experiment's knobs: burst, sensitivity (function work and memory, task size) and network. */
import type { ExperimentSettings } from '../../domain/crossover/experiment.ts';

const select =
  'rounded border border-slate-300 bg-white px-1 py-0.5 text-sm dark:border-slate-600 dark:bg-slate-900';

const TASK_SIZES = [
  [0.25, 0.5],
  [0.5, 1],
  [1, 2],
  [2, 4],
  [4, 8],
] as const;

export function ExperimentControls({
  settings,
  onChange,
}: {
  settings: ExperimentSettings;
  onChange: (s: ExperimentSettings) => void;
}) {
  const set = (patch: Partial<ExperimentSettings>) => onChange({ ...settings, ...patch });
  return (
    <fieldset className="flex flex-wrap items-end gap-x-4 gap-y-2 text-sm">
      <legend className="sr-only">Experiment settings</legend>
      <label className="flex items-center gap-1.5">
        <input
          type="checkbox"
          checked={settings.burst}
          onChange={(e) => set({ burst: e.target.checked })}
        />
        Burst: traffic ×10 for two minutes
      </label>
      <label className="flex flex-col">
        Function work per request
        <select
          className={select}
          value={settings.durationFactor}
          onChange={(e) => set({ durationFactor: Number(e.target.value) })}
        >
          {[0.5, 1, 2, 5, 10, 30].map((f) => (
            <option key={f} value={f}>
              ×{f}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col">
        Function memory
        <select
          className={select}
          value={settings.memoryMb ?? ''}
          onChange={(e) => set({ memoryMb: e.target.value === '' ? null : Number(e.target.value) })}
        >
          <option value="">as in the diagram</option>
          {[128, 256, 512, 1024, 1769, 3008].map((m) => (
            <option key={m} value={m}>
              {m} MB
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col">
        Task size
        <select
          className={select}
          value={`${settings.taskVcpu}/${settings.taskMemoryGb}`}
          onChange={(e) => {
            const [vcpu, gb] = e.target.value.split('/').map(Number);
            set({ taskVcpu: vcpu ?? 0.5, taskMemoryGb: gb ?? 1 });
          }}
        >
          {TASK_SIZES.map(([v, g]) => (
            <option key={v} value={`${v}/${g}`}>
              {v} vCPU, {g} GB
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col">
        Task network
        <select
          className={select}
          value={settings.network}
          onChange={(e) => set({ network: e.target.value as ExperimentSettings['network'] })}
        >
          <option value="public-ip">Public IPv4 per task</option>
          <option value="nat">NAT gateway</option>
          <option value="endpoints">VPC endpoints only</option>
        </select>
      </label>
    </fieldset>
  );
}
