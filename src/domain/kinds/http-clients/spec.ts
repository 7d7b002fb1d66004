/** The catalog entry of the http-clients kind: what the palette, the inspector and validation read. */
import type { KindSpec } from '../../catalog/types.ts';

export const httpClients = {
  id: 'http-clients',
  label: 'HTTP clients',
  shortLabel: 'Clients',
  group: 'event',
  summary:
    'Browsers, mobile apps or other services sending HTTP requests and waiting for the answer.',
  fields: [],
  icon: 'users',
  color: '#475569',
  conceptSlug: 'http-clients',
  cloudFormationType: '',
  invocationModel: 'sync',
  hasTraffic: true,
} as const satisfies KindSpec;
