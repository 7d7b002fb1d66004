/** Lambda's usage as meters (requests, duration, provisioned concurrency, storage, SnapStart) and line items. */
import { amount, type KindPricing } from '../../pricing/kind-pricing.ts';
import { flat } from '../../pricing/tiers.ts';

export const lambdaPricing: KindPricing<'lambda'> = {
  meters(u, o, p) {
    const gb = amount(u.memoryMb) / 1024;
    const billedMs = amount(u.billedDurationMs);
    const provisionedMs = Math.min(amount(u.provisionedBilledDurationMs), billedMs);
    const initMs = o.initBilling ? amount(u.initDurationMs) : 0;
    const requests = amount(u.requests);
    // Without a count from the engine, requests on provisioned environments are taken to be in
    // the same proportion as their billed duration (exact when durations are alike).
    const share = billedMs > 0 ? provisionedMs / billedMs : 0;
    const provisionedRequests = Math.min(
      requests,
      u.provisionedRequests !== undefined ? amount(u.provisionedRequests) : requests * share,
    );
    const extraEphemeralGb =
      Math.max(0, amount(u.ephemeralStorageMb) - p.lambda.includedEphemeralMb.quantity) / 1024;
    const arch = u.architecture;
    return [
      { item: 'lambda.requests', quantity: requests, freeEligible: requests - provisionedRequests },
      {
        item: `lambda.duration.${arch}`,
        quantity: ((billedMs - provisionedMs + initMs) / 1000) * gb,
      },
      { item: `lambda.provisioned.${arch}`, quantity: (amount(u.provisionedEnvMs) / 1000) * gb },
      { item: `lambda.provisionedDuration.${arch}`, quantity: (provisionedMs / 1000) * gb },
      { item: 'lambda.ephemeral', quantity: extraEphemeralGb * ((billedMs + initMs) / 1000) },
      { item: 'lambda.snapStartCache', quantity: (amount(u.snapStart?.cachedMs) / 1000) * gb },
      { item: 'lambda.snapStartRestore', quantity: amount(u.snapStart?.restores) * gb },
      { item: 'lambda.streaming', quantity: amount(u.streamedMbPast6) / 1024 },
    ];
  },
  rows: ({ lambda: l }) => [
    ['lambda.requests', 'Lambda requests', 'requests', flat(l.requests), 'lambdaRequests'],
    [
      'lambda.duration.x86_64',
      'Lambda duration (x86)',
      'GB-s',
      l.duration.x86_64,
      'lambdaGbSeconds',
    ],
    ['lambda.duration.arm64', 'Lambda duration (Arm)', 'GB-s', l.duration.arm64, 'lambdaGbSeconds'],
    [
      'lambda.provisioned.x86_64',
      'Provisioned concurrency (x86)',
      'GB-s',
      flat(l.provisionedConcurrency.x86_64),
    ],
    [
      'lambda.provisioned.arm64',
      'Provisioned concurrency (Arm)',
      'GB-s',
      flat(l.provisionedConcurrency.arm64),
    ],
    [
      'lambda.provisionedDuration.x86_64',
      'Duration while provisioned (x86)',
      'GB-s',
      flat(l.provisionedDuration.x86_64),
    ],
    [
      'lambda.provisionedDuration.arm64',
      'Duration while provisioned (Arm)',
      'GB-s',
      flat(l.provisionedDuration.arm64),
    ],
    ['lambda.ephemeral', 'Ephemeral storage above 512 MB', 'GB-s', flat(l.ephemeralStorage)],
    ['lambda.snapStartCache', 'SnapStart cache', 'GB-s', flat(l.snapStartCache)],
    ['lambda.snapStartRestore', 'SnapStart restores', 'GB restored', flat(l.snapStartRestore)],
    [
      'lambda.streaming',
      'Response streaming, bytes past 6 MB',
      'GB',
      flat(l.streaming),
      'lambdaStreamingGb',
    ],
  ],
};
