import { findExample } from '../../../content/examples/index.ts';
import { TryItButton } from './TryItButton.tsx';

/** The scenarios named in the page's `tryIt` frontmatter, as buttons that open them. */
export function TryItList({ ids }: { ids: readonly string[] }) {
  const examples = ids.flatMap((id) => findExample(id) ?? []);
  if (examples.length === 0) return null;
  return (
    <section
      aria-labelledby="try-it-heading"
      className="rounded-xl border border-blue-200 bg-blue-50/60 p-4 dark:border-blue-900 dark:bg-blue-950/30"
    >
      <h2 id="try-it-heading" className="text-sm font-semibold">
        Try it in the Explorer
      </h2>
      <ul className="mt-2 flex flex-col gap-1">
        {examples.map((example) => (
          <li key={example.id}>
            <TryItButton id={example.id}>{example.title}</TryItButton>
          </li>
        ))}
      </ul>
    </section>
  );
}
