import { COMMAND_SPECS, runCommand } from '../../../ui/commands/index.ts';
import '../commands/registry.ts';

/** Image export in a native disclosure: keyboard-friendly with no extra code. */
export function ExportMenu() {
  return (
    <details className="relative">
      <summary className="cursor-pointer list-none rounded-md px-2.5 py-1.5 text-sm font-medium text-slate-700 hover:bg-slate-100 dark:text-slate-200 dark:hover:bg-slate-800">
        Image ▾
      </summary>
      <div className="absolute z-20 mt-1 flex w-44 flex-col rounded-md border border-slate-200 bg-white p-1 shadow-lg dark:border-slate-700 dark:bg-slate-900">
        {(['export-png', 'export-svg'] as const).map((id) => (
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
