/** S3: a put answers and notifies every connection (object-created events); a get just answers. */
import { MONTH_MS } from '../../pricing/index.ts';
import { num } from '../../sim/compile.ts';
import { LATENCY_MS } from '../../sim/defaults.ts';
import { ServiceModel, type UsageOf } from '../../sim/service-model.ts';

export class S3Model extends ServiceModel {
  override readonly usage: UsageOf<'s3'> = {
    kind: 's3',
    putRequests: 0,
    getRequests: 0,
    storageGb: 0,
  };

  protected accept(job: number): number {
    if (this.variant(job) === 'get') {
      this.usage.getRequests++;
      return LATENCY_MS.s3Get;
    }
    this.usage.putRequests++;
    return LATENCY_MS.s3Put;
  }

  protected override done(job: number): void {
    if (this.variant(job) !== 'get') this.fanOut(job, LATENCY_MS.s3Notify);
  }

  override sample(now: number): void {
    this.usage.storageGb = (num(this.node.config, 'storageGb', 0) * now) / MONTH_MS;
  }
}
