/** Amazon API Gateway, us-east-1, https://aws.amazon.com/api-gateway/pricing/ (dates per rate). */
import { SOURCES } from '../../pricing/sources.ts';
import type { PriceTable, Tier } from '../../pricing/types.ts';
import { CACHE_SIZES_GB } from './cache-sizes.ts';
import { CACHE_PRICES } from './meter-cache.ts';
import { WEBSOCKET_PRICES } from './meter-websocket.ts';

const M = 1_000_000;
const perM = (what: string) => ({ per: M, unit: `per 1M ${what}` });

const APIGW = {
  source: SOURCES.apiGateway,
  asOf: 'page copy 2025-11-02',
  confidence: 'official',
} as const;
const requestsTier = (usd: number, upTo: number, tier: string): Tier => ({
  ...APIGW,
  ...perM('requests'),
  usd,
  upTo,
  tier,
});

/** The rates, with their dates. */
export const API_GATEWAY_PRICES: PriceTable['apiGateway'] = {
  rest: [
    requestsTier(3.5, 333e6, 'first 333M'),
    requestsTier(2.8, 1e9, 'next 667M'),
    requestsTier(2.38, 20e9, 'next 19B'),
    requestsTier(1.51, Infinity, 'over 20B'),
  ],
  http: [requestsTier(1.0, 300e6, 'first 300M'), requestsTier(0.9, Infinity, 'over 300M')],
  httpMeteringKb: { ...APIGW, quantity: 512, unit: 'KB per metered request' },
  dataTransferOut: {
    ...APIGW,
    usd: 0.09,
    per: 1,
    unit: 'per GB',
    note: 'EC2 rate for the first 10 TB; AWS applies it flat even to 57 TB in its REST example.',
  },
  // WebSocket and cache rates: the figures of meter-websocket.ts and meter-cache.ts, whose
  // tests reproduce the page's chat and caching examples to the cent.
  websocketMessages: {
    ...APIGW,
    asOf: WEBSOCKET_PRICES.asOf,
    usd: WEBSOCKET_PRICES.perMillionMessages,
    ...perM('messages (32 KB units)'),
    note: 'First 1 billion messages a month; the 12-month free tier for new accounts is left out, as in the page example.',
  },
  websocketMessageKb: {
    ...APIGW,
    asOf: WEBSOCKET_PRICES.asOf,
    quantity: WEBSOCKET_PRICES.messageUnitKb,
    unit: 'KB per metered message',
  },
  websocketConnectionMinutes: {
    ...APIGW,
    asOf: WEBSOCKET_PRICES.asOf,
    usd: WEBSOCKET_PRICES.perMillionConnectionMinutes,
    ...perM('connection minutes'),
  },
  cacheHour: Object.fromEntries(
    CACHE_SIZES_GB.map((gb) => [
      String(gb),
      {
        ...APIGW,
        asOf: CACHE_PRICES.asOf,
        usd: CACHE_PRICES.perHour[gb],
        per: 1,
        unit: `per hour (${gb} GB cache)`,
        note: 'Billed for every hour the cache exists, whatever the traffic; not free-tier eligible.',
      },
    ]),
  ),
};
