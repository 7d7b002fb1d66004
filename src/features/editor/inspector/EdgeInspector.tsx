import { useId } from 'react';
import { EDGE_STYLE } from '../canvas/flow-types.ts';
import { findRule, findVariant } from '../../../domain/catalog/index.ts';
import type { ScenarioEdge } from '../../../domain/diagram/index.ts';
import { useDiagram } from '../../../store/diagram-store.ts';
import { Button } from '../../../ui/Button.tsx';
import { commandTitle, runCommand } from '../../../ui/commands/index.ts';
import '../commands/registry.ts';
import { inputClass, labelClass } from './field-styles.ts';

/** What a selected connection means, and which of its meanings it stands for. */
export function EdgeInspector({ edge }: { edge: ScenarioEdge }) {
  const nodes = useDiagram((s) => s.scenario.nodes);
  const setVariant = useDiagram((s) => s.setEdgeVariant);
  const id = useId();
  const from = nodes.find((n) => n.id === edge.from);
  const to = nodes.find((n) => n.id === edge.to);
  if (!from || !to) return null;
  const rule = findRule(from.kind, to.kind);
  const variant = findVariant(from.kind, to.kind, edge.variant);
  if (!rule || !variant) return null;
  const style = EDGE_STYLE[variant.model];
  return (
    <div className="flex flex-col gap-3">
      <h2 className="text-base font-semibold">
        {from.label} → {to.label}
      </h2>
      {rule.variants.length > 1 ? (
        <div>
          <label htmlFor={id} className={labelClass}>
            This connection is
          </label>
          <select
            id={id}
            value={variant.id}
            onChange={(e) =>
              setVariant(edge.id, e.target.value === rule.variants[0].id ? '' : e.target.value)
            }
            className={`mt-0.5 ${inputClass}`}
          >
            {rule.variants.map((v) => (
              <option key={v.id} value={v.id}>
                {v.label}
              </option>
            ))}
          </select>
        </div>
      ) : (
        <p className="text-sm font-medium">{variant.label}</p>
      )}
      <p className="text-sm">{variant.meaning}</p>
      <p className="text-xs text-slate-600 dark:text-slate-400">
        Invocation model: <b>{style.label}</b> — {style.description}.
      </p>
      <div>
        <Button variant="ghost" onClick={() => runCommand('delete')} title={commandTitle('delete')}>
          Delete connection
        </Button>
      </div>
    </div>
  );
}
