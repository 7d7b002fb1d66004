/** API Gateway's calls as meters (REST per request, HTTP per 512 KB unit) and data transfer out. */
import { amount, chunks, type KindPricing } from '../../pricing/kind-pricing.ts';
import { flat } from '../../pricing/tiers.ts';

export const apiGatewayPricing: KindPricing<'api-gateway'> = {
  meters: (u, _o, p) => [
    u.apiType === 'rest'
      ? { item: 'apigw.rest', quantity: amount(u.requests) }
      : {
          item: 'apigw.http',
          quantity: amount(u.requests) * chunks(u.payloadKb, p.apiGateway.httpMeteringKb.quantity),
        },
    { item: 'apigw.dataTransferOut', quantity: amount(u.dataTransferOutGb) },
  ],
  rows: ({ apiGateway: api }) => [
    ['apigw.rest', 'REST API requests', 'requests', api.rest],
    ['apigw.http', 'HTTP API requests', 'metered requests', api.http],
    ['apigw.dataTransferOut', 'API data transfer out', 'GB', flat(api.dataTransferOut)],
  ],
};
