export {
  importTemplate,
  importParsed,
  type ImportReport,
  type ImportResult,
} from './import-template.ts';
export type { UnsupportedEntry } from './draft.ts';
export { parseTemplateText, MAX_TEMPLATE_BYTES } from './template-text.ts';
export { kindForType, typesOfKind } from './kind-map.ts';
export { exportTemplate, type ExportResult } from './export-template.ts';
