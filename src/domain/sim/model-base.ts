/** The model every kind starts from: it ignores what the kind does not use. */
import type { CompiledNode } from './compile.ts';
import type { SimPort } from './port.ts';
import { ST_OK, type NodeModel } from './node-model.ts';
import type { Usage } from '../pricing/usage.ts';

export { ST_ERROR, ST_OK, ST_THROTTLED, ST_TIMEOUT, type NodeModel } from './node-model.ts';

/** Default behaviour: ignore what the kind does not use. Abstract: every kind registers a model of its own (models.ts). */
export abstract class BaseModel implements NodeModel {
  usage: Usage | null = null;

  constructor(
    protected readonly sim: SimPort,
    readonly node: CompiledNode,
  ) {}

  arrive(job: number): void {
    // A node with nothing to do answers at once (and the engine frees the job).
    this.sim.reply(job, ST_OK);
  }
  reply(_child: number, _status: number): void {}
  jobTimer(_job: number, _tag: number): void {}
  guard(_job: number): void {}
  nodeTimer(_arg: number): void {}
  sample(_now: number): void {}
  finish(_now: number): void {}
}
