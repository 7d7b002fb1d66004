/**
 * What an embed shows: a shared scenario (`#/embed/s/<fragment>`) or a gallery example
 * (`#/embed/example/<id>`), decoded exactly like the app's own links. The gallery is loaded
 * only for an example, so a shared-link embed does not download it.
 */
import type { Scenario } from '../../domain/diagram/index.ts';
import { decodeScenarioFragment } from '../../domain/share/link-codec.ts';

export type Embedded = { ok: true; scenario: Scenario } | { ok: false; error: string };

export async function loadEmbedded(source: 's' | 'example', param: string): Promise<Embedded> {
  if (source === 's') {
    const decoded = decodeScenarioFragment(param);
    return decoded.ok ? decoded : { ok: false, error: decoded.error };
  }
  const { findExample } = await import('../../../content/examples/index.ts');
  const example = findExample(param);
  return example
    ? { ok: true, scenario: structuredClone(example.scenario) }
    : { ok: false, error: `There is no example called “${param.slice(0, 40)}”.` };
}
