import { useId } from 'react';
import { validateConfig, type ConfigValue, type FieldSpec } from '../../../domain/catalog/index.ts';
import { useDiagram } from '../../../store/diagram-store.ts';
import type { ScenarioNode } from '../../../domain/diagram/index.ts';
import { DraftInput } from './DraftInput.tsx';
import { helpClass, inputClass, labelClass } from './field-styles.ts';

function parseDraft(field: FieldSpec, draft: string): ConfigValue | { error: string } {
  if (field.type !== 'number') return draft;
  if (draft.trim() === '') return field.optional ? null : { error: `${field.label} is required.` };
  const n = Number(draft);
  return Number.isFinite(n) ? n : { error: `${field.label} must be a number.` };
}

/** One form field generated from the catalog's field spec, validated against its real limits. */
export function ConfigField({ node, field }: { node: ScenarioNode; field: FieldSpec }) {
  const setConfig = useDiagram((s) => s.setConfig);
  const id = useId();
  const value = node.config[field.key] ?? null;

  const check = (next: ConfigValue): string | null => {
    const result = validateConfig(node.kind, { ...node.config, [field.key]: next });
    if (result.ok) return null;
    return (
      (result.problems.find((p) => p.key === field.key) ?? result.problems[0])?.message ??
      'Invalid value.'
    );
  };
  const write = (next: ConfigValue): string | null => {
    const result = setConfig(node.id, field.key, next);
    return result.ok ? null : (result.problems[0]?.message ?? 'Invalid value.');
  };

  if (field.type === 'enum') {
    return (
      <div>
        <label htmlFor={id} className={labelClass}>
          {field.label}
        </label>
        <select
          id={id}
          value={String(value)}
          onChange={(e) => write(e.target.value)}
          className={`mt-0.5 ${inputClass}`}
        >
          {field.options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
        <p className={helpClass}>{field.help}</p>
      </div>
    );
  }
  if (field.type === 'boolean') {
    return (
      <div>
        <label className="flex items-center gap-2 text-xs font-medium text-slate-700 dark:text-slate-300">
          <input
            type="checkbox"
            checked={value === true}
            onChange={(e) => write(e.target.checked)}
          />
          {field.label}
        </label>
        <p className={helpClass}>{field.help}</p>
      </div>
    );
  }
  return (
    <DraftInput
      label={field.label}
      unit={field.type === 'number' ? field.unit : undefined}
      help={field.help}
      type={field.type === 'number' ? 'number' : 'text'}
      step={field.type === 'number' ? field.step : undefined}
      placeholder={
        field.type === 'number' && field.optional
          ? 'not set'
          : field.type === 'text'
            ? field.placeholder
            : undefined
      }
      value={value === null ? '' : String(value)}
      validate={(draft) => {
        const parsed = parseDraft(field, draft);
        return typeof parsed === 'object' && parsed !== null ? parsed.error : check(parsed);
      }}
      commit={(draft) => {
        const parsed = parseDraft(field, draft);
        return typeof parsed === 'object' && parsed !== null ? parsed.error : write(parsed);
      }}
    />
  );
}
