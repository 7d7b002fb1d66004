import { lazy, Suspense } from 'react';
import { Link } from '../../../ui/router/index.ts';
import { findVariant, getKind, isFieldVisible } from '../../../domain/catalog/index.ts';
import type { ScenarioNode } from '../../../domain/diagram/index.ts';
import { useDiagram } from '../../../store/diagram-store.ts';
import { Icon } from '../../../ui/Icon.tsx';
import { Button } from '../../../ui/Button.tsx';
import { COMMAND_SPECS, commandTitle, runCommand } from '../../../ui/commands/index.ts';
import '../commands/registry.ts';
import { ConfigField } from './ConfigField.tsx';
import { DraftInput } from './DraftInput.tsx';
import { TrafficForm } from './TrafficForm.tsx';
import { KeyTerms } from './KeyTerms.tsx';
import { VisibilityAdvice } from './VisibilityAdvice.tsx';
import { CompareButton } from './CompareButton.tsx';
import { MAX_LABEL } from '../../../domain/diagram/index.ts';

// The estimate's distributions (init summary, random draws) load with the first function selected.
const ColdStartEstimate = lazy(() =>
  import('./ColdStartEstimate.tsx').then((m) => ({ default: m.ColdStartEstimate })),
);

function Connections({ node }: { node: ScenarioNode }) {
  const scenario = useDiagram((s) => s.scenario);
  const byId = new Map(scenario.nodes.map((n) => [n.id, n]));
  const lines = scenario.edges
    .filter((e) => e.from === node.id || e.to === node.id)
    .map((e) => {
      const from = byId.get(e.from);
      const to = byId.get(e.to);
      const variant = from && to ? findVariant(from.kind, to.kind, e.variant) : undefined;
      return {
        id: e.id,
        text: e.from === node.id ? `→ ${to?.label}` : `← ${from?.label}`,
        how: variant?.label ?? '',
      };
    });
  if (lines.length === 0)
    return <p className="text-xs text-slate-600 dark:text-slate-400">Not connected yet.</p>;
  return (
    <ul className="flex flex-col gap-1 text-xs">
      {lines.map((l) => (
        <li key={l.id}>
          <span className="font-medium">{l.text}</span>{' '}
          <span className="text-slate-600 dark:text-slate-400">— {l.how}</span>
        </li>
      ))}
    </ul>
  );
}

export function NodeInspector({ node }: { node: ScenarioNode }) {
  const kind = getKind(node.kind);
  const rename = useDiagram((s) => s.rename);
  return (
    <div className="flex flex-col gap-4">
      <header className="flex items-start gap-2">
        <span className="rounded-md p-1.5" style={{ background: `${kind.color}1f` }}>
          <Icon name={kind.icon} color={kind.color} />
        </span>
        <div>
          <h2 className="text-base font-semibold leading-tight">{kind.label}</h2>
          <p className="mt-0.5 text-xs text-slate-600 dark:text-slate-400">{kind.summary}</p>
          <Link
            to={`/learn/${kind.conceptSlug}`}
            className="mt-1 inline-block text-xs font-medium text-blue-700 underline dark:text-blue-400"
          >
            Learn about {kind.label}
          </Link>
        </div>
      </header>
      <DraftInput
        label="Name"
        value={node.label}
        validate={(d) =>
          d.trim() === ''
            ? 'A name cannot be empty.'
            : d.length > MAX_LABEL
              ? `A name can be at most ${MAX_LABEL} characters.`
              : null
        }
        commit={(d) => {
          rename(node.id, d.trim());
          return null;
        }}
      />
      <KeyTerms kind={kind.id} />
      <VisibilityAdvice node={node} />
      {kind.hasTraffic && <TrafficForm nodeId={node.id} />}
      {kind.id === 'lambda' && <CompareButton nodeId={node.id} />}
      {kind.fields.length > 0 && (
        <fieldset className="flex flex-col gap-3">
          <legend className="mb-1 text-sm font-semibold">Settings</legend>
          {kind.fields
            .filter((f) => isFieldVisible(f, node.config))
            .map((field) => (
              <ConfigField key={field.key} node={node} field={field} />
            ))}
        </fieldset>
      )}
      {kind.id === 'lambda' && (
        <Suspense fallback={null}>
          <ColdStartEstimate node={node} />
        </Suspense>
      )}
      <section aria-label="Connections">
        <h3 className="mb-1 text-sm font-semibold">Connections</h3>
        <Connections node={node} />
        <div className="mt-2 flex gap-2">
          <Button onClick={() => runCommand('connect')} title={commandTitle('connect')}>
            {COMMAND_SPECS.connect.label}
          </Button>
          <Button
            onClick={() => runCommand('delete')}
            variant="ghost"
            title={commandTitle('delete')}
          >
            Delete
          </Button>
        </div>
      </section>
    </div>
  );
}
