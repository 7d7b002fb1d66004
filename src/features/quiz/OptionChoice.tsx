/** One answer option: a radio (single answer) or a checkbox (multiple), marked once revealed. */
export function OptionChoice({
  name,
  multiple,
  text,
  checked,
  onToggle,
  revealed,
  isAnswer,
}: {
  name: string;
  multiple: boolean;
  text: string;
  checked: boolean;
  onToggle: () => void;
  revealed: boolean;
  isAnswer: boolean;
}) {
  const tone = !revealed
    ? checked
      ? 'border-blue-500 bg-blue-50 dark:border-blue-500 dark:bg-blue-950/40'
      : 'border-slate-200 hover:border-slate-400 dark:border-slate-700 dark:hover:border-slate-500'
    : isAnswer
      ? 'border-green-600 bg-green-50 dark:border-green-500 dark:bg-green-950/40'
      : checked
        ? 'border-red-600 bg-red-50 dark:border-red-500 dark:bg-red-950/40'
        : 'border-slate-200 opacity-75 dark:border-slate-700';
  return (
    <label
      className={`flex cursor-pointer items-start gap-3 rounded-lg border-2 p-3 leading-snug has-[:disabled]:cursor-default ${tone}`}
    >
      <input
        type={multiple ? 'checkbox' : 'radio'}
        name={name}
        checked={checked}
        onChange={onToggle}
        disabled={revealed}
        className="mt-0.5 h-4 w-4 shrink-0 accent-blue-700"
      />
      <span className="flex-1">{text}</span>
      {revealed && isAnswer && (
        <span className="shrink-0 text-sm font-semibold text-green-800 dark:text-green-300">
          <span className="sr-only">, </span>
          <span aria-hidden="true">✓ </span>
          Right answer
        </span>
      )}
      {revealed && checked && !isAnswer && (
        <span className="shrink-0 text-sm font-semibold text-red-800 dark:text-red-300">
          <span className="sr-only">, </span>
          <span aria-hidden="true">✗ </span>
          Your choice
        </span>
      )}
    </label>
  );
}
