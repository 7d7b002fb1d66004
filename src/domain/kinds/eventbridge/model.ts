/** EventBridge: an event is put on the bus; a share of them (the rule's match rate) is delivered. */
import { readConfig } from '../../catalog/typed-config.ts';
import { K } from '../../sim/compile.ts';
import { LATENCY_MS } from '../../sim/defaults.ts';
import { ServiceModel, type UsageOf } from '../../sim/service-model.ts';
import { eventbridge } from './spec.ts';

export class EventBridgeModel extends ServiceModel {
  override readonly usage: UsageOf<'eventbridge'> = {
    kind: 'eventbridge',
    events: 0,
    schedulerInvocations: 0,
  };
  readonly stats = { matched: 0, unmatched: 0 };

  private readonly matchShare = readConfig(eventbridge, this.node.config).matchPercent / 100;

  protected accept(job: number): number {
    // Events from AWS services (S3 here) on the default bus are free; custom events are billed.
    const from = this.sim.model.edges[this.sim.jobs.edge[job] as number]?.from ?? -1;
    if (this.sim.model.nodes[from]?.code !== K.s3) this.usage.events++;
    return LATENCY_MS.eventBridgePut;
  }

  protected override done(job: number): void {
    if (this.rng.chance(this.matchShare)) {
      this.stats.matched++;
      this.fanOut(job, LATENCY_MS.eventBridgeDeliver);
    } else this.stats.unmatched++;
  }
}
