/**
 * WebSocket APIs' two meters (Amazon API Gateway pricing page,
 * https://aws.amazon.com/api-gateway/pricing/, us-east-1; rates as in pricing/prices-services.ts,
 * copy of 2025-11-02, re-read 2026-12-07): $1.00 per million messages, sent or received,
 * metered in 32 KB units (a 33 KB message counts twice), and $0.25 per million connection
 * minutes. The 12-month free tier (1M messages, 750,000 connection minutes) is for new
 * accounts only, and the page's example does not subtract it, so neither does this function.
 */
import type { MeterLine } from '../lambda/meter-snapstart.ts';

export const WEBSOCKET_PRICES = {
  asOf: '2025-11-02 (page copy)',
  source: 'https://aws.amazon.com/api-gateway/pricing/',
  perMillionMessages: 1.0,
  perMillionConnectionMinutes: 0.25,
  messageUnitKb: 32,
} as const;

export interface WebSocketUsage {
  /** Messages sent and received. */
  messages: number;
  /** Size of a message, KB (each started 32 KB counts as one message). */
  messageKb: number;
  connectionMinutes: number;
}

export function priceWebSocket(usage: WebSocketUsage): MeterLine[] {
  const units = Math.max(1, Math.ceil(usage.messageKb / WEBSOCKET_PRICES.messageUnitKb));
  const metered = usage.messages * units;
  return [
    {
      item: 'apigw.websocket.messages',
      label: 'WebSocket messages',
      quantity: metered,
      unit: 'messages (32 KB units)',
      usd: (metered / 1e6) * WEBSOCKET_PRICES.perMillionMessages,
    },
    {
      item: 'apigw.websocket.connectionMinutes',
      label: 'WebSocket connection minutes',
      quantity: usage.connectionMinutes,
      unit: 'connection minutes',
      usd: (usage.connectionMinutes / 1e6) * WEBSOCKET_PRICES.perMillionConnectionMinutes,
    },
  ];
}
