/** EventBridge custom events, and EventBridge Scheduler invocations (the schedule source's usage). */
import { amount, type KindPricing } from '../../pricing/kind-pricing.ts';
import { flat } from '../../pricing/tiers.ts';

export const eventbridgePricing: KindPricing<'eventbridge'> = {
  meters: (u) => [
    { item: 'eventbridge.events', quantity: amount(u.events) },
    { item: 'eventbridge.scheduler', quantity: amount(u.schedulerInvocations) },
  ],
  rows: (p) => [
    [
      'eventbridge.events',
      'EventBridge custom events',
      'events (64 KB)',
      flat(p.eventBridge.customEvents),
    ],
    [
      'eventbridge.scheduler',
      'EventBridge Scheduler invocations',
      'invocations',
      flat(p.eventBridge.scheduler),
      'schedulerInvocations',
    ],
  ],
};
