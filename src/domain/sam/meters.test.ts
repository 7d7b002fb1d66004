// The three format-3 settings survive export → import: a streaming function URL, a REST stage
// cache, a WebSocket API.
import { describe, expect, it } from 'vitest';
import { buildScenario } from '../sim/fixtures.ts';
import { exportTemplate, importTemplate } from './index.ts';

describe('SAM round trip of streaming, caching and WebSocket APIs', () => {
  it('exports and imports them back', () => {
    const scenario = buildScenario({
      nodes: [
        ['Clients', 'http-clients'],
        ['RestApi', 'api-gateway', { cacheSizeGb: '1.6' }],
        ['Chat', 'api-gateway', { apiType: 'websocket' }],
        ['Render', 'lambda', { invokeMode: 'RESPONSE_STREAM' }],
      ],
      edges: [
        ['Clients', 'RestApi'],
        ['RestApi', 'Render'],
      ],
    });
    const out = exportTemplate(scenario);
    if (!out.ok) throw new Error(out.error);
    expect(out.text).toContain('CacheClusterSize');
    expect(out.text).toContain('WEBSOCKET');
    expect(out.text).toContain('RESPONSE_STREAM');
    const back = importTemplate(out.text);
    if (!back.ok) throw new Error(back.error);
    const config = (id: string) => back.scenario.nodes.find((n) => n.id === id)?.config;
    expect(config('RestApi')).toMatchObject({ apiType: 'rest', cacheSizeGb: '1.6' });
    expect(config('Chat')).toMatchObject({ apiType: 'websocket' });
    expect(config('Render')).toMatchObject({ invokeMode: 'RESPONSE_STREAM' });
  });
});
