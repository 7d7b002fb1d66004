import { COMMAND_SPECS, runCommand, type CommandId } from '../../../ui/commands/index.ts';
import '../commands/registry.ts';

/**
 * Commands that do not fit on the toolbar's one line, in a native disclosure (keyboard-friendly
 * with no extra code). Entries are command ids: label and action come from the command registry.
 * `className` decides at which widths the menu is offered (the toolbar hides the same entries).
 */
export function OverflowMenu({
  ids,
  label,
  className = '',
}: {
  ids: readonly CommandId[];
  label: string;
  className?: string;
}) {
  return (
    <details className={`relative ${className}`}>
      <summary className="cursor-pointer list-none rounded-md px-2.5 py-1.5 text-sm font-medium whitespace-nowrap text-slate-700 hover:bg-slate-100 dark:text-slate-200 dark:hover:bg-slate-800">
        {label} <span aria-hidden="true">▾</span>
      </summary>
      <div className="absolute right-0 z-20 mt-1 flex w-52 flex-col rounded-md border border-slate-200 bg-white p-1 shadow-lg dark:border-slate-700 dark:bg-slate-900">
        {ids.map((id) => (
          <button
            key={id}
            type="button"
            className="rounded px-2 py-1.5 text-left text-sm hover:bg-slate-100 dark:hover:bg-slate-800"
            onClick={(e) => {
              (e.currentTarget.closest('details') as HTMLDetailsElement).open = false;
              runCommand(id);
            }}
          >
            {COMMAND_SPECS[id].label}
          </button>
        ))}
      </div>
    </details>
  );
}
