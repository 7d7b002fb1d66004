/** Checkboxes for the bill lines the comparison includes; each can be switched off. */
import { LINE_LABELS, OPTIONAL_LINES, type LineToggles } from '../../domain/crossover/index.ts';

export function LineSwitches({
  toggles,
  onChange,
}: {
  toggles: LineToggles;
  onChange: (t: LineToggles) => void;
}) {
  return (
    <fieldset className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
      <legend className="mb-1 text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400">
        Lines in the bill
      </legend>
      {OPTIONAL_LINES.map((line) => (
        <label key={line} className="flex items-center gap-1.5">
          <input
            type="checkbox"
            checked={toggles[line]}
            onChange={(e) => onChange({ ...toggles, [line]: e.target.checked })}
          />
          {LINE_LABELS[line]}
        </label>
      ))}
    </fieldset>
  );
}
