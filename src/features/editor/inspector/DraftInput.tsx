import { useEffect, useId, useState } from 'react';
import { errorClass, helpClass, inputClass, labelClass } from './field-styles.ts';

/**
 * A text/number input that validates as you type but writes to the document only on Enter
 * or leaving the field — so typing "1024" is one undo step, not four.
 */
export function DraftInput({
  label,
  value,
  unit,
  help,
  type = 'text',
  step,
  validate,
  commit,
  placeholder,
}: {
  label: string;
  value: string;
  unit?: string;
  help?: string;
  type?: 'text' | 'number';
  step?: number;
  placeholder?: string;
  /** Error message for a draft, or null when it is acceptable. */
  validate: (draft: string) => string | null;
  /** Writes the draft; returns an error message when the document refused it. */
  commit: (draft: string) => string | null;
}) {
  const id = useId();
  const [draft, setDraft] = useState(value);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    setDraft(value);
    setError(null);
  }, [value]);
  const save = () => {
    if (draft === value) return setError(null);
    setError(validate(draft) ?? commit(draft));
  };
  return (
    <div>
      <label htmlFor={id} className={labelClass}>
        {label}
        {unit && <span className="font-normal text-slate-600 dark:text-slate-400"> ({unit})</span>}
      </label>
      <input
        id={id}
        type={type}
        step={step ?? 'any'}
        inputMode={type === 'number' ? 'decimal' : undefined}
        value={draft}
        placeholder={placeholder}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-msg`}
        onChange={(e) => {
          setDraft(e.target.value);
          setError(validate(e.target.value));
        }}
        onBlur={save}
        onKeyDown={(e) => {
          if (e.key === 'Enter') save();
          if (e.key === 'Escape') {
            setDraft(value);
            setError(null);
          }
        }}
        className={`mt-0.5 ${inputClass}`}
      />
      <p
        id={`${id}-msg`}
        className={error ? errorClass : helpClass}
        role={error ? 'alert' : undefined}
      >
        {error ?? help}
      </p>
    </div>
  );
}
