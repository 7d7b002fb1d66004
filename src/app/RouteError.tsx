import { Link } from '../ui/router/index.ts';

/** Shown for an address that names no page. */
export function RouteError() {
  return (
    <div role="alert" className="mx-auto max-w-xl p-8">
      <h1 className="text-xl font-semibold">Page not found</h1>
      <p className="mt-2 text-slate-600 dark:text-slate-400">
        There is no page at this address. Your scenario is saved in this browser.
      </p>
      <Link to="/" className="mt-4 inline-block text-blue-700 underline dark:text-blue-400">
        Back to the Explorer
      </Link>
    </div>
  );
}
