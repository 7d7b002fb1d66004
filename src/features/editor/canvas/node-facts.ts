import type { ScenarioNode, Traffic } from '../../../domain/diagram/index.ts';

/** The one line of key settings a node shows under its name. */
export function nodeFacts(node: ScenarioNode, traffic: Traffic | undefined): string {
  const c = node.config;
  switch (node.kind) {
    case 'lambda': {
      const parts = [`${c.memoryMb} MB`, `${c.timeoutSec} s`];
      if (typeof c.reservedConcurrency === 'number') parts.push(`max ${c.reservedConcurrency}`);
      if (typeof c.provisionedConcurrency === 'number' && c.provisionedConcurrency > 0)
        parts.push(`PC ${c.provisionedConcurrency}`);
      return parts.join(' · ');
    }
    case 'sqs':
      return c.queueType === 'fifo'
        ? `FIFO · ${c.messageGroups} group${c.messageGroups === 1 ? '' : 's'} · batch ${c.batchSize}`
        : `standard · batch ${c.batchSize}`;
    case 'api-gateway':
      return c.apiType === 'http' ? 'HTTP API' : 'REST API';
    case 'dynamodb': {
      const mode =
        c.capacityMode === 'provisioned'
          ? `${c.writeCapacity} WCU · ${c.readCapacity} RCU`
          : 'on-demand';
      return c.stream ? `${mode} · stream on` : mode;
    }
    case 'kinesis': {
      const mode =
        c.capacityMode === 'on-demand'
          ? 'on-demand'
          : `${c.shards} shard${c.shards === 1 ? '' : 's'}`;
      const factor = typeof c.parallelizationFactor === 'number' ? c.parallelizationFactor : 1;
      return factor > 1 ? `${mode} · ×${factor} per shard` : mode;
    }
    case 'schedule':
      return String(c.expression);
    case 'step-functions': {
      const parts = [c.workflowType === 'express' ? 'Express' : 'Standard'];
      if (typeof c.retryMaxAttempts === 'number' && c.retryMaxAttempts > 0)
        parts.push(`retry ×${c.retryMaxAttempts}`);
      if (c.catchFallback === true) parts.push('catch');
      return parts.join(' · ');
    }
    case 'fargate': {
      const scaling = c.scaling === 'off' ? 'fixed' : `${c.minTasks}–${c.maxTasks}`;
      return `${c.vcpu} vCPU · ${c.memoryGb} GB · ${c.desiredTasks} tasks (${scaling})`;
    }
    case 'alb':
      return `idle timeout ${c.idleTimeoutSec} s`;
    default:
      if (traffic) return `${traffic.ratePerSec}/s · ${traffic.pattern}`;
      return '';
  }
}
