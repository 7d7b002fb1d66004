import { useDiagram } from '../../../store/diagram-store.ts';
import { settingsSchema } from '../../../domain/diagram/index.ts';
import { DraftInput } from './DraftInput.tsx';
import { helpClass } from './field-styles.ts';

/** With nothing selected: the scenario's name, description and run settings. */
export function ScenarioInspector() {
  const scenario = useDiagram((s) => s.scenario);
  const setMeta = useDiagram((s) => s.setMeta);
  const setSettings = useDiagram((s) => s.setSettings);
  const settingNumber = (
    key: 'seed' | 'durationSec' | 'keepAliveSec',
    label: string,
    unit: string,
    help: string,
  ) => (
    <DraftInput
      label={label}
      unit={unit}
      help={help}
      type="number"
      value={String(scenario.settings[key])}
      validate={(d) => {
        const parsed = settingsSchema.safeParse({ ...scenario.settings, [key]: Number(d) });
        return d.trim() === ''
          ? 'Enter a number.'
          : parsed.success
            ? null
            : (parsed.error.issues[0]?.message ?? 'Invalid value.');
      }}
      commit={(d) => {
        setSettings({ [key]: Number(d) });
        return null;
      }}
    />
  );
  return (
    <div className="flex flex-col gap-4">
      <p className="text-xs text-slate-600 dark:text-slate-400">
        Select a node or a connection to edit it. These settings belong to the whole scenario.
      </p>
      <DraftInput
        label="Scenario name"
        value={scenario.name}
        validate={(d) =>
          d.trim() === ''
            ? 'A name cannot be empty.'
            : d.length > 120
              ? 'At most 120 characters.'
              : null
        }
        commit={(d) => {
          setMeta({ name: d.trim() });
          return null;
        }}
      />
      {scenario.description && (
        <p className="text-sm text-slate-700 dark:text-slate-300">{scenario.description}</p>
      )}
      <fieldset className="flex flex-col gap-3">
        <legend className="mb-1 text-sm font-semibold">Run settings</legend>
        {settingNumber('durationSec', 'Simulated time', 's', 'How much time one run covers.')}
        {settingNumber(
          'seed',
          'Random seed',
          'number',
          'Same scenario + same seed = the same run, every time.',
        )}
        {settingNumber(
          'keepAliveSec',
          'Idle keep-alive',
          's',
          'How long an idle environment stays warm. AWS does not publish it; 10 min was measured in 2019.',
        )}
        <label className="flex items-center gap-2 text-xs font-medium">
          <input
            type="checkbox"
            checked={scenario.settings.freeTier}
            onChange={(e) => setSettings({ freeTier: e.target.checked })}
          />
          Apply the monthly free tier
        </label>
        <label className="flex items-center gap-2 text-xs font-medium">
          <input
            type="checkbox"
            checked={scenario.settings.billingGranularityMs === 100}
            onChange={(e) => setSettings({ billingGranularityMs: e.target.checked ? 100 : 1 })}
          />
          Bill in 100 ms steps (as before December 2020)
        </label>
        <label className="flex items-center gap-2 text-xs font-medium">
          <input
            type="checkbox"
            checked={scenario.settings.initBilling}
            onChange={(e) => setSettings({ initBilling: e.target.checked })}
          />
          Bill the INIT phase of cold starts (AWS does since August 2025)
        </label>
        <p className={helpClass}>
          Prices are a model of published AWS us-east-1 prices (see Learn → Pricing).
        </p>
      </fieldset>
    </div>
  );
}
