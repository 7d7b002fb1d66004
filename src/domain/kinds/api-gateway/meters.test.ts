// Worked examples of the Amazon API Gateway pricing page, https://aws.amazon.com/api-gateway/pricing/
// (us-east-1, copy of 2025-11-02), each line rounded to the cent as the page prints it.
import { describe, expect, it } from 'vitest';
import { roundToCent } from '../../pricing/rounding.ts';
import { cents, NO_FREE, printed } from '../../pricing/test-support.ts';
import type { Usage } from '../../pricing/usage.ts';
import { cacheSizeFor, priceApiCache } from './meter-cache.ts';
import { priceWebSocket } from './meter-websocket.ts';

describe('WebSocket APIs pricing example: chat application', () => {
  // 1,000 users connected 12 hours a day; each sends 100 and receives 500 messages of 3 KB a day.
  const usage = {
    messages: (100 + 500) * 1000 * 30,
    messageKb: 3,
    connectionMinutes: 1000 * 12 * 60 * 30,
  };

  it('18M messages → $18.00; 21.6M connection minutes → $5.40; total $23.40', () => {
    const lines = priceWebSocket(usage);
    expect(lines.map((l) => l.quantity)).toEqual([18e6, 21.6e6]);
    expect(lines.map((l) => roundToCent(l.usd))).toEqual([18, 5.4]);
    expect(roundToCent(lines.reduce((s, l) => s + roundToCent(l.usd), 0))).toBe(23.4);
  });

  it('meters messages in 32 KB units: a 33 KB message counts as two', () => {
    const [messages] = priceWebSocket({ messages: 1e6, messageKb: 33, connectionMinutes: 0 });
    expect(messages?.quantity).toBe(2e6);
  });
});

describe('REST API pricing example with caching required', () => {
  it('1.5 GB of data needs the 1.6 GB cache, $0.038 an hour → $0.912 a day', () => {
    const size = cacheSizeFor(1.5);
    expect(size).toBe(1.6);
    const [line] = priceApiCache(size, 24);
    expect(line?.usd).toBeCloseTo(0.912, 10);
    expect(roundToCent(line?.usd ?? 0)).toBe(0.91);
  });

  it('bills the provisioned hours whatever the traffic, growing with size', () => {
    const month = (size: 0.5 | 237) => priceApiCache(size, 720)[0]?.usd ?? 0;
    expect(roundToCent(month(0.5))).toBe(14.4);
    expect(month(237)).toBeGreaterThan(month(0.5));
  });
});

describe('WebSocket and cache meters through the cost function the simulation uses', () => {
  const api = (over: Partial<Extract<Usage, { kind: 'api-gateway' }>>): Usage => ({
    kind: 'api-gateway',
    apiType: 'websocket',
    requests: 0,
    payloadKb: 3,
    ...over,
  });

  it('the chat example: 9M calls (a message in, its answer out) of 3 KB → $18.00 + $5.40', () => {
    // The page's 18M messages are 100 sent + 500 received per user a day; here each call of the
    // traffic is one message in and one out, so 9M calls carry the same 18M messages.
    const bill = printed([api({ requests: 9e6, connectionMinutes: 21.6e6 })], NO_FREE);
    expect(bill.lines.map((l) => [l.item, l.quantity, l.usd])).toEqual([
      ['apigw.websocket.messages', 18e6, 18],
      ['apigw.websocket.connectionMinutes', 21.6e6, 5.4],
    ]);
    expect(bill.usd).toBe(23.4);
  });

  it('meters a 33 KB message as two', () => {
    const bill = printed([api({ requests: 1e6, payloadKb: 33 })], NO_FREE);
    expect(bill.lines[0]?.quantity).toBe(4e6);
  });

  it('the caching example: a 1.6 GB cache for 24 hours → $0.91, on top of the REST requests', () => {
    const usage = api({ apiType: 'rest', requests: 1e6, cacheSizeGb: 1.6, cacheHours: 24 });
    const bill = printed([usage], NO_FREE);
    expect(cents(bill, 'apigw.cache.1.6')).toBe(0.91);
    expect(cents(bill, 'apigw.rest')).toBe(3.5);
  });
});
