/** The catalog entry of the file-upload kind: what the palette, the inspector and validation read. */
import type { KindSpec } from '../../catalog/types.ts';

export const fileUpload = {
  id: 'file-upload',
  label: 'File upload',
  shortLabel: 'Uploads',
  group: 'event',
  summary: 'Users or devices putting files into storage, for example photos from a phone.',
  fields: [],
  icon: 'upload',
  color: '#475569',
  conceptSlug: 'file-upload',
  cloudFormationType: '',
  invocationModel: 'sdk',
  hasTraffic: true,
} as const satisfies KindSpec;
