/**
 * AWS SAM / CloudFormation templates in and out of the editor. The SAM module (YAML parser,
 * importer, exporter, layout) loads only here, when a template is imported or exported.
 */
import type { Scenario } from '../../../domain/diagram/index.ts';
import { useDiagram } from '../../../store/diagram-store.ts';
import { useNotices } from '../../../store/notices-store.ts';
import { useSelection } from '../../../store/selection-store.ts';
import { downloadBlob, fileSlug } from './download.ts';
import { useTemplateSource } from './template-source.ts';
import { useEditorUi } from '../../../store/editor-ui-store.ts';

export { looksLikeTemplate } from './looks-like-template.ts';

export async function importTemplateText(text: string, source: string) {
  const { notify } = useNotices.getState();
  let sam: typeof import('../../../domain/sam/index.ts');
  try {
    sam = await import('../../../domain/sam/index.ts');
  } catch {
    notify(
      'error',
      'Import failed: the template reader could not be loaded (are you offline?). Your work is unchanged.',
    );
    return;
  }
  const result = sam.importTemplate(text, { name: source });
  if (!result.ok) {
    notify('error', `Import failed: “${source}”: ${result.error} Your work is unchanged.`);
    return;
  }
  const { scenario, report } = result;
  useSelection.getState().clear();
  useDiagram.getState().replace(scenario);
  // A template's diagram is laid out afresh: show all of it once the canvas has drawn it.
  requestAnimationFrame(() =>
    requestAnimationFrame(() => {
      void useEditorUi.getState().flow?.fitView({ padding: 0.2, maxZoom: 1.2 });
    }),
  );
  useTemplateSource.getState().set(
    text,
    source,
    scenario.nodes.map((n) => n.id),
  );
  const left = report.unsupported.length;
  notify(
    'success',
    `Imported the template “${source}”: ${scenario.nodes.length} nodes, ${scenario.edges.length} connections${left ? `; ${left} resources are folded in or not shown` : ''}. Undo brings back what you had.`,
    [
      ...report.unsupported.slice(0, 12).map((u) => `${u.logicalId} (${u.type}): ${u.reason}`),
      ...report.warnings.slice(0, 6),
    ],
  );
}

export async function exportSamTemplate(scenario: Scenario) {
  const { notify } = useNotices.getState();
  const source = useTemplateSource.getState();
  // Another diagram opened since (gallery, a file, a link) is not an edit of that template.
  const fromTemplate = source.ids.some((id) => scenario.nodes.some((n) => n.id === id));
  const into = fromTemplate ? source.text : null;
  const fileName = source.fileName;
  try {
    const sam = await import('../../../domain/sam/index.ts');
    const result = sam.exportTemplate(scenario, into === null ? {} : { into });
    if (!result.ok) {
      notify('error', `Export failed: ${result.error}`);
      return;
    }
    const name =
      into !== null && fileName
        ? fileName.replace(/\.(json|ya?ml)$/i, '')
        : fileSlug(scenario.name);
    const json = into !== null && /^\s*\{/.test(into);
    downloadBlob(
      new Blob([result.text], { type: 'text/yaml' }),
      `${name}.${json ? 'json' : 'yaml'}`,
    );
    notify(
      'success',
      into !== null
        ? `Exported your template “${fileName}” with the diagram’s changes.`
        : `Exported “${scenario.name}” as an AWS SAM template.`,
      result.warnings.slice(0, 8),
    );
  } catch {
    notify('error', 'Export failed: the template writer could not be loaded (are you offline?).');
  }
}
