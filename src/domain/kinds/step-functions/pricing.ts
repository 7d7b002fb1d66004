/** Step Functions: state transitions (Standard), or requests and GB-hours (Express). */
import { amount, type KindPricing } from '../../pricing/kind-pricing.ts';
import { flat } from '../../pricing/tiers.ts';

export const stepFunctionsPricing: KindPricing<'step-functions'> = {
  meters: (u) =>
    u.workflowType === 'standard'
      ? [{ item: 'sfn.transitions', quantity: amount(u.transitions) }]
      : [
          { item: 'sfn.expressRequests', quantity: amount(u.requests) },
          { item: 'sfn.expressDuration', quantity: amount(u.gbSeconds) / 3600 },
        ],
  rows: ({ stepFunctions: sfn }) => [
    [
      'sfn.transitions',
      'Step Functions state transitions',
      'transitions',
      flat(sfn.transitions),
      'sfnTransitions',
    ],
    ['sfn.expressRequests', 'Express workflow requests', 'requests', flat(sfn.expressRequests)],
    ['sfn.expressDuration', 'Express workflow duration', 'GB-hours', sfn.expressDuration],
  ],
};
