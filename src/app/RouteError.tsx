import { Link, useRouteError } from 'react-router';

export function RouteError({ notFound = false }: { notFound?: boolean }) {
  const error = useRouteError();
  return (
    <div role="alert" className="mx-auto max-w-xl p-8">
      <h1 className="text-xl font-semibold">
        {notFound ? 'Page not found' : 'Something went wrong'}
      </h1>
      <p className="mt-2 text-slate-600 dark:text-slate-400">
        {notFound
          ? 'There is no page at this address.'
          : `This page failed to show (${String(error instanceof Error ? error.message : error).slice(0, 200)}). Your scenario is saved in this browser.`}
      </p>
      <Link to="/" className="mt-4 inline-block text-blue-700 underline dark:text-blue-400">
        Back to the Explorer
      </Link>
    </div>
  );
}
