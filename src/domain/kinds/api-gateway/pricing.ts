/**
 * API Gateway's calls as meters: REST per request, HTTP per 512 KB unit, WebSocket per 32 KB
 * message and per connection minute; a REST stage cache per hour of its size; data transfer out.
 */
import {
  amount,
  chunks,
  type KindPricing,
  type Meter,
  type Row,
} from '../../pricing/kind-pricing.ts';
import { flat } from '../../pricing/tiers.ts';
import { CACHE_SIZES_GB } from './cache-sizes.ts';

const cacheItem = (sizeGb: number) => `apigw.cache.${sizeGb}`;

export const apiGatewayPricing: KindPricing<'api-gateway'> = {
  meters(u, _o, p) {
    const api = p.apiGateway;
    const requests = amount(u.requests);
    const meters: Meter[] = [];
    if (u.apiType === 'rest') meters.push({ item: 'apigw.rest', quantity: requests });
    else if (u.apiType === 'http') {
      const units = chunks(u.payloadKb, api.httpMeteringKb.quantity);
      meters.push({ item: 'apigw.http', quantity: requests * units });
    } else {
      // One message in and its answer out per call, each metered in 32 KB units.
      const units = chunks(u.payloadKb, api.websocketMessageKb.quantity);
      meters.push(
        { item: 'apigw.websocket.messages', quantity: 2 * requests * units },
        { item: 'apigw.websocket.connectionMinutes', quantity: amount(u.connectionMinutes) },
      );
    }
    if (u.cacheSizeGb !== undefined) {
      meters.push({ item: cacheItem(u.cacheSizeGb), quantity: amount(u.cacheHours) });
    }
    meters.push({ item: 'apigw.dataTransferOut', quantity: amount(u.dataTransferOutGb) });
    return meters;
  },
  rows: ({ apiGateway: api }) => [
    ['apigw.rest', 'REST API requests', 'requests', api.rest],
    ['apigw.http', 'HTTP API requests', 'metered requests', api.http],
    [
      'apigw.websocket.messages',
      'WebSocket messages',
      'messages (32 KB units)',
      flat(api.websocketMessages),
    ],
    [
      'apigw.websocket.connectionMinutes',
      'WebSocket connection minutes',
      'connection minutes',
      flat(api.websocketConnectionMinutes),
    ],
    ...CACHE_SIZES_GB.flatMap((gb): Row[] => {
      const rate = api.cacheHour[String(gb)];
      return rate ? [[cacheItem(gb), `API cache, ${gb} GB`, 'cache hours', flat(rate)]] : [];
    }),
    ['apigw.dataTransferOut', 'API data transfer out', 'GB', flat(api.dataTransferOut)],
  ],
};
