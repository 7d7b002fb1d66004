/** Shown while a lazily loaded screen or its content is fetched. */
export function RouteLoading({ what = 'Loading…' }: { what?: string }) {
  return (
    <div
      role="status"
      className="flex h-full items-center justify-center p-8 text-slate-600 dark:text-slate-400"
    >
      {what}
    </div>
  );
}
