import { parseScenarioJson, scenarioToJson } from '../../../domain/share/json-file.ts';
import type { Scenario } from '../../../domain/diagram/index.ts';
import { useDiagram } from '../../../store/diagram-store.ts';
import { useNotices } from '../../../store/notices-store.ts';
import { useSelection } from '../../../store/selection-store.ts';
import { downloadBlob, fileSlug } from './download.ts';
import { importTemplateText, looksLikeTemplate } from './template-files.ts';
import { useTemplateSource } from './template-source.ts';

export function exportScenarioFile(scenario: Scenario) {
  downloadBlob(
    new Blob([scenarioToJson(scenario)], { type: 'application/json' }),
    `${fileSlug(scenario.name)}.json`,
  );
  useNotices.getState().notify('success', `Exported “${scenario.name}” as a .json file.`);
}

const MAX_FILE_BYTES = 2_000_000;

/** Reads a dropped or chosen file; on any problem the current work stays as it is. */
export async function importScenarioFile(file: File) {
  const { notify } = useNotices.getState();
  if (file.size > MAX_FILE_BYTES) {
    notify(
      'error',
      `Import failed: “${file.name}” is ${(file.size / 1e6).toFixed(1)} MB; a scenario or template file is at most 2 MB. Your work is unchanged.`,
    );
    return;
  }
  let text: string;
  try {
    text = await file.text();
  } catch {
    notify('error', `Import failed: “${file.name}” could not be read. Your work is unchanged.`);
    return;
  }
  if (/\.ya?ml$/i.test(file.name) || looksLikeTemplate(text)) {
    await importTemplateText(text, file.name);
    return;
  }
  const result = parseScenarioJson(text);
  if (!result.ok) {
    notify(
      'error',
      `Import failed: “${file.name}” is not a valid scenario or template. Your work is unchanged.`,
      result.errors,
    );
    return;
  }
  useSelection.getState().clear();
  useDiagram.getState().replace(result.scenario);
  useTemplateSource.getState().set(null, null);
  notify('success', `Imported “${result.scenario.name}”. Undo brings back what you had.`);
}

export function pickImportFile() {
  const input = document.createElement('input');
  input.type = 'file';
  input.accept = '.json,.yaml,.yml,application/json,application/yaml,text/yaml';
  input.onchange = () => {
    const file = input.files?.[0];
    if (file) void importScenarioFile(file);
  };
  input.click();
}
