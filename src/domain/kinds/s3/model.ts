/** S3: a put answers and notifies every connection (object-created events); a get just answers. */
import { MONTH_MS } from '../../pricing/index.ts';
import { readConfig } from '../../catalog/typed-config.ts';
import { LATENCY_MS } from '../../sim/defaults.ts';
import { ServiceModel, type UsageOf } from '../../sim/service-model.ts';
import { s3 } from './spec.ts';

export class S3Model extends ServiceModel {
  override readonly usage: UsageOf<'s3'> = {
    kind: 's3',
    putRequests: 0,
    getRequests: 0,
    storageGb: 0,
  };

  private readonly config = readConfig(s3, this.node.config);

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
    this.usage.storageGb = (this.config.storageGb * now) / MONTH_MS;
  }
}
