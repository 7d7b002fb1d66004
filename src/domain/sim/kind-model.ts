/**
 * What the engine's registry (models.ts) holds for one kind: how to make the node's model, and
 * how that model reports its metrics. `BaseModel` is abstract, so a kind cannot be registered
 * with it by mistake: each kind names its own model.
 */
import type { CompiledNode } from './compile.ts';
import type { NodeModel } from './node-model.ts';
import type { SimPort } from './port.ts';
import type { ReportSink } from './report.ts';

export interface KindModel {
  create(sim: SimPort, node: CompiledNode): NodeModel;
  report(model: NodeModel, out: ReportSink): void;
}

/**
 * Pairs a model class with its report (the report reads that class's own fields).
 *
 * @example
 *   sqs: kindModel(SqsModel, reportSqs),
 */
export function kindModel<M extends NodeModel>(
  Model: new (sim: SimPort, node: CompiledNode) => M,
  report: (model: M, out: ReportSink) => void,
): KindModel {
  return {
    create: (sim, node) => new Model(sim, node),
    // The registry calls `report` only with the model `create` made.
    report: report as (model: NodeModel, out: ReportSink) => void,
  };
}
