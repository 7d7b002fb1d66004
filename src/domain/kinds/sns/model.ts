/** SNS: a publish answers and is delivered to every subscriber. */
import { LATENCY_MS } from '../../sim/defaults.ts';
import { ServiceModel, type UsageOf } from '../../sim/service-model.ts';

export class SnsModel extends ServiceModel {
  override readonly usage: UsageOf<'sns'> = {
    kind: 'sns',
    publishes: 0,
    payloadKb: 0,
    httpDeliveries: 0,
  };
  private payloadSum = 0;

  protected accept(job: number): number {
    this.usage.publishes++;
    this.payloadSum += this.payloadKb(job);
    this.usage.payloadKb = this.payloadSum / this.usage.publishes;
    return LATENCY_MS.snsPublish;
  }

  protected override done(job: number): void {
    this.fanOut(job, LATENCY_MS.snsDeliver);
  }
}
