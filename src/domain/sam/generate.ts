/**
 * What a diagram's nodes and edges look like in a SAM template: one resource per node that has
 * one, and for each edge the wiring that makes it (an `Events` entry, a subscription, a
 * policy and environment variable for a call in code…). Written as operations so that a new
 * template and an edit of the learner's own template are made the same way.
 */
import { CATALOG, KIND_IDS, type ConfigValue, type KindId } from '../catalog/index.ts';
import type { Scenario, ScenarioNode } from '../diagram/index.ts';
import { albResources, fargateResources } from './containers.ts';
import { envName } from './logical-ids.ts';
import { runtimeIdentifier, rulesFor } from './settings-map.ts';
import type { Plain, PlainMap } from './template-text.ts';
import { DEFAULT_BUS_ID } from './wiring.ts';

export type EditOp =
  { op: 'set'; path: string[]; value: Plain } | { op: 'append'; path: string[]; item: Plain };

export interface Names {
  /** Node id → logical ID (only nodes that are resources, or functions' event owners). */
  logical: ReadonlyMap<string, string>;
  node: (id: string) => ScenarioNode | undefined;
}

const ref = (id: string): Plain => ({ Ref: id });
const arn = (id: string): Plain => ({ 'Fn::GetAtt': [id, 'Arn'] });

const HANDLERS: Readonly<Record<string, string>> = {
  nodejs: 'index.handler',
  python: 'app.handler',
  java: 'example.Handler::handleRequest',
  dotnet: 'Function::Function.Function::FunctionHandler',
  go: 'bootstrap',
  ruby: 'app.handler',
};

/**
 * Kinds that become a resource of their own in a template: functions and services with a
 * CloudFormation type in their spec. Events (clients, uploads, schedules) become a function's
 * `Events` or are left to the caller.
 */
export const RESOURCE_KINDS: ReadonlySet<KindId> = new Set<KindId>(
  KIND_IDS.filter((k) => CATALOG[k].group !== 'event' && CATALOG[k].cloudFormationType !== ''),
);

/** The resource for a node (settings written out), and the comments that mark placeholders. */
export function resourceFor(
  node: ScenarioNode,
  scenario: Scenario,
  names: Names,
): { resource: PlainMap; comment?: string; parts?: PlainMap } | undefined {
  if (node.kind === 'alb') return albResources(node, scenario, names);
  if (node.kind === 'fargate') return fargateResources(node, scenario, names);
  const c = node.config;
  const id = names.logical.get(node.id)!;
  const props: PlainMap = {};
  let type: string;
  let comment: string | undefined;
  switch (node.kind) {
    case 'lambda': {
      type = 'AWS::Serverless::Function';
      if (c.runtime === 'container') {
        props.PackageType = 'Image';
        props.ImageUri = `123456789012.dkr.ecr.us-east-1.amazonaws.com/${id.toLowerCase()}:latest`;
        comment = `${id}: ImageUri is a placeholder; point it at your function's container image.`;
      } else {
        props.CodeUri = `src/${id}/`;
        props.Handler = HANDLERS[String(c.runtime)] ?? 'index.handler';
        comment = `${id}: CodeUri and Handler are placeholders; point them at your function's code.`;
      }
      if (c.invokeMode === 'RESPONSE_STREAM')
        props.FunctionUrlConfig = { AuthType: 'AWS_IAM', InvokeMode: 'RESPONSE_STREAM' };
      break;
    }
    case 'api-gateway':
      if (c.apiType === 'websocket') {
        type = 'AWS::ApiGatewayV2::Api';
        props.ProtocolType = 'WEBSOCKET';
        props.RouteSelectionExpression = '$request.body.action';
        break;
      }
      type = c.apiType === 'http' ? 'AWS::Serverless::HttpApi' : 'AWS::Serverless::Api';
      if (c.apiType !== 'http') props.StageName = 'prod';
      if (c.apiType === 'rest' && c.cacheSizeGb !== undefined && c.cacheSizeGb !== 'off') {
        props.CacheClusterEnabled = true;
        props.CacheClusterSize = String(c.cacheSizeGb);
      }
      break;
    case 's3':
      type = 'AWS::S3::Bucket';
      break;
    case 'sns':
      type = 'AWS::SNS::Topic';
      break;
    case 'sqs':
      type = 'AWS::SQS::Queue';
      break;
    case 'dynamodb':
      type = 'AWS::DynamoDB::Table';
      props.BillingMode = 'PAY_PER_REQUEST';
      props.AttributeDefinitions = [{ AttributeName: 'id', AttributeType: 'S' }];
      props.KeySchema = [{ AttributeName: 'id', KeyType: 'HASH' }];
      comment = `${id}: the key schema (id, a string) is a placeholder; use your table's keys.`;
      break;
    case 'eventbridge':
      type = 'AWS::Events::EventBus';
      props.Name = id;
      break;
    case 'step-functions': {
      type = 'AWS::Serverless::StateMachine';
      Object.assign(props, stateMachineDefinition(node, scenario, names));
      comment = `${id}: the definition calls each connected service in turn; replace it with your workflow.`;
      break;
    }
    case 'kinesis':
      type = 'AWS::Kinesis::Stream';
      break;
    default:
      return undefined;
  }
  for (const rule of rulesFor(node.kind, type, 'resource')) {
    const value = rule.write(c[rule.key] as ConfigValue);
    if (value === undefined) continue;
    if (rule.key === 'runtime' && c.runtime === 'container') continue;
    if (rule.key === 'maxReceiveCount') continue; // lives in RedrivePolicy, written with its edge
    setIn(props, rule.path, value);
  }
  if (
    node.kind === 'lambda' &&
    typeof c.provisionedConcurrency === 'number' &&
    c.provisionedConcurrency > 0
  ) {
    props.AutoPublishAlias = 'live';
  }
  return { resource: { Type: type, Properties: props }, ...(comment ? { comment } : {}) };
}

function stateMachineDefinition(node: ScenarioNode, scenario: Scenario, names: Names): PlainMap {
  const targets = scenario.edges
    .filter((e) => e.from === node.id)
    .map((e) => names.node(e.to))
    .filter((n): n is ScenarioNode => n !== undefined && names.logical.has(n.id));
  const states: PlainMap = {};
  const subs: PlainMap = {};
  const policies: Plain[] = [];
  targets.forEach((target, i) => {
    const id = names.logical.get(target.id)!;
    const next: PlainMap = targets[i + 1]
      ? { Next: `Call${names.logical.get(targets[i + 1]!.id)}` }
      : { End: true };
    const task = TASKS[target.kind];
    if (!task) return;
    subs[`${id}Ref`] = task.sub(id);
    policies.push(task.policy(id));
    states[`Call${id}`] = {
      Type: 'Task',
      Resource: task.resource,
      Parameters: task.parameters(`\${${id}Ref}`),
      ...next,
    };
  });
  if (Object.keys(states).length === 0) states.Done = { Type: 'Pass', End: true };
  return {
    Definition: { StartAt: Object.keys(states)[0]!, States: states },
    ...(Object.keys(subs).length ? { DefinitionSubstitutions: subs } : {}),
    ...(policies.length ? { Policies: policies } : {}),
  };
}

interface Task {
  resource: string;
  parameters: (sub: string) => PlainMap;
  sub: (id: string) => Plain;
  policy: (id: string) => Plain;
}

const TASKS: Partial<Record<KindId, Task>> = {
  lambda: {
    resource: 'arn:aws:states:::lambda:invoke',
    parameters: (s) => ({ FunctionName: s, 'Payload.$': '$' }),
    sub: arn,
    policy: (id) => ({ LambdaInvokePolicy: { FunctionName: ref(id) } }),
  },
  dynamodb: {
    resource: 'arn:aws:states:::dynamodb:putItem',
    parameters: (s) => ({ TableName: s, Item: { id: { 'S.$': '$$.Execution.Id' } } }),
    sub: ref,
    policy: (id) => ({ DynamoDBWritePolicy: { TableName: ref(id) } }),
  },
  sns: {
    resource: 'arn:aws:states:::sns:publish',
    parameters: (s) => ({ TopicArn: s, 'Message.$': '$' }),
    sub: ref,
    policy: (id) => ({
      SNSPublishMessagePolicy: { TopicName: { 'Fn::GetAtt': [id, 'TopicName'] } },
    }),
  },
  sqs: {
    resource: 'arn:aws:states:::sqs:sendMessage',
    parameters: (s) => ({ QueueUrl: s, 'MessageBody.$': '$' }),
    sub: ref,
    policy: (id) => ({ SQSSendMessagePolicy: { QueueName: { 'Fn::GetAtt': [id, 'QueueName'] } } }),
  },
};

/** The policy a function needs for a call in code, by the kind called. */
function callPolicy(kind: KindId, id: string, variant: string | undefined): Plain | undefined {
  switch (kind) {
    case 'dynamodb':
      return {
        [variant === 'read' ? 'DynamoDBReadPolicy' : 'DynamoDBCrudPolicy']: { TableName: ref(id) },
      };
    case 's3':
      return { [variant === 'get' ? 'S3ReadPolicy' : 'S3CrudPolicy']: { BucketName: ref(id) } };
    case 'sns':
      return { SNSPublishMessagePolicy: { TopicName: { 'Fn::GetAtt': [id, 'TopicName'] } } };
    case 'sqs':
      return { SQSSendMessagePolicy: { QueueName: { 'Fn::GetAtt': [id, 'QueueName'] } } };
    case 'eventbridge':
      return { EventBridgePutEventsPolicy: { EventBusName: ref(id) } };
    case 'kinesis':
      return { KinesisCrudPolicy: { StreamName: ref(id) } };
    case 'step-functions':
      return { StepFunctionsExecutionPolicy: { StateMachineName: { 'Fn::GetAtt': [id, 'Name'] } } };
    case 'lambda':
      return { LambdaInvokePolicy: { FunctionName: ref(id) } };
    default:
      return undefined;
  }
}

/** Node id → logical ID used for the schedule events and rules it becomes. */
export function eventIdFor(sourceLogical: string): string {
  return sourceLogical;
}

/**
 * The wiring for one edge, or undefined when a template cannot express it (the exporter then
 * keeps it in Metadata).
 */
export function wiringFor(
  edge: { from: string; to: string; variant?: string },
  names: Names,
): EditOp[] | undefined {
  const a = names.node(edge.from);
  const b = names.node(edge.to);
  if (!a || !b) return undefined;
  const F = names.logical.get(a.id);
  const T = names.logical.get(b.id);
  const from = a.kind;
  const to = b.kind;
  const event = (target: string, id: string, value: Plain): EditOp => ({
    op: 'set',
    path: ['Resources', target, 'Properties', 'Events', id],
    value,
  });
  if (from === 'schedule' && T && (to === 'lambda' || to === 'step-functions')) {
    return [
      event(T, eventIdFor(names.logical.get(a.id) ?? 'Schedule'), {
        Type: 'Schedule',
        Properties: { Schedule: String(a.config.expression) },
      }),
    ];
  }
  if (from === 'schedule' && T && F && ['sqs', 'sns', 'kinesis'].includes(to)) {
    return [
      { op: 'set', path: ['Resources', F, 'Type'], value: 'AWS::Events::Rule' },
      {
        op: 'set',
        path: ['Resources', F, 'Properties', 'ScheduleExpression'],
        value: String(a.config.expression),
      },
      {
        op: 'append',
        path: ['Resources', F, 'Properties', 'Targets'],
        item: { Id: T, Arn: to === 'sns' ? ref(T) : arn(T) },
      },
    ];
  }
  if (from === 'http-clients' && to === 'lambda' && T) {
    return [
      {
        op: 'set',
        path: ['Resources', T, 'Properties', 'FunctionUrlConfig'],
        value: { AuthType: 'NONE' },
      },
    ];
  }
  if (!F || !T) return undefined;
  const eventId = `${F}Event`;
  switch (`${from}>${to}`) {
    case 'api-gateway>lambda':
    case 'api-gateway>step-functions': {
      const http = a.config.apiType === 'http';
      const implicit = F === 'ServerlessRestApi' || F === 'ServerlessHttpApi';
      const props: PlainMap = { Path: `/${T.toLowerCase()}`, Method: http ? 'ANY' : 'POST' };
      if (!implicit) props[http ? 'ApiId' : 'RestApiId'] = ref(F);
      return [event(T, eventId, { Type: http ? 'HttpApi' : 'Api', Properties: props })];
    }
    case 's3>lambda':
      return [
        event(T, eventId, {
          Type: 'S3',
          Properties: { Bucket: ref(F), Events: 's3:ObjectCreated:*' },
        }),
      ];
    case 's3>sqs':
      return [
        {
          op: 'append',
          path: ['Resources', F, 'Properties', 'NotificationConfiguration', 'QueueConfigurations'],
          item: { Event: 's3:ObjectCreated:*', Queue: arn(T) },
        },
      ];
    case 's3>sns':
      return [
        {
          op: 'append',
          path: ['Resources', F, 'Properties', 'NotificationConfiguration', 'TopicConfigurations'],
          item: { Event: 's3:ObjectCreated:*', Topic: ref(T) },
        },
      ];
    case 'sns>lambda':
      return [event(T, eventId, { Type: 'SNS', Properties: { Topic: ref(F) } })];
    case 'sns>sqs':
      return [
        {
          op: 'append',
          path: ['Resources', F, 'Properties', 'Subscription'],
          item: { Protocol: 'sqs', Endpoint: arn(T) },
        },
      ];
    case 'sqs>lambda':
      return [
        event(T, eventId, {
          Type: 'SQS',
          Properties: {
            Queue: arn(F),
            BatchSize: a.config.batchSize as number,
            ...(Number(a.config.batchWindowSec) > 0
              ? { MaximumBatchingWindowInSeconds: a.config.batchWindowSec as number }
              : {}),
          },
        }),
      ];
    case 'sqs>sqs':
      return [
        {
          op: 'set',
          path: ['Resources', F, 'Properties', 'RedrivePolicy'],
          value: {
            deadLetterTargetArn: arn(T),
            maxReceiveCount: a.config.maxReceiveCount as number,
          },
        },
      ];
    case 'dynamodb>lambda':
      return [
        {
          op: 'set',
          path: ['Resources', F, 'Properties', 'StreamSpecification', 'StreamViewType'],
          value: 'NEW_AND_OLD_IMAGES',
        },
        event(T, eventId, {
          Type: 'DynamoDB',
          Properties: { Stream: { 'Fn::GetAtt': [F, 'StreamArn'] }, StartingPosition: 'LATEST' },
        }),
      ];
    case 'dynamodb>kinesis':
      return [
        {
          op: 'set',
          path: ['Resources', F, 'Properties', 'KinesisStreamSpecification', 'StreamArn'],
          value: arn(T),
        },
      ];
    case 'kinesis>lambda':
      return [
        event(T, eventId, {
          Type: 'Kinesis',
          Properties: {
            Stream: arn(F),
            StartingPosition: 'LATEST',
            BatchSize: a.config.batchSize as number,
          },
        }),
      ];
    case 'eventbridge>lambda':
    case 'eventbridge>step-functions': {
      const props: PlainMap = { Pattern: { source: [`explorer.${F}`] } };
      if (a.id !== DEFAULT_BUS_ID) props.EventBusName = ref(F);
      return [event(T, eventId, { Type: 'EventBridgeRule', Properties: props })];
    }
    case 'eventbridge>sns':
    case 'eventbridge>sqs':
    case 'eventbridge>kinesis': {
      const rule: PlainMap = {
        EventPattern: { source: [`explorer.${F}`] },
        Targets: [{ Id: T, Arn: to === 'sns' ? ref(T) : arn(T) }],
      };
      if (a.id !== DEFAULT_BUS_ID) rule.EventBusName = ref(F);
      return [
        {
          op: 'set',
          path: ['Resources', `${F}To${T}Rule`],
          value: { Type: 'AWS::Events::Rule', Properties: rule },
        },
      ];
    }
  }
  if (from === 'lambda') {
    const policy = callPolicy(to, T, edge.variant);
    if (!policy) return undefined;
    return [
      { op: 'append', path: ['Resources', F, 'Properties', 'Policies'], item: policy },
      {
        op: 'set',
        path: ['Resources', F, 'Properties', 'Environment', 'Variables', envName(T)],
        value: ref(T),
      },
    ];
  }
  if (from === 'step-functions') {
    const task = TASKS[to];
    return task
      ? [{ op: 'append', path: ['Resources', F, 'Properties', 'Policies'], item: task.policy(T) }]
      : undefined;
  }
  return undefined;
}

export function setIn(target: PlainMap, path: readonly string[], value: Plain) {
  let at = target;
  path.slice(0, -1).forEach((key) => {
    const next = at[key];
    if (typeof next !== 'object' || next === null || Array.isArray(next)) at[key] = {};
    at = at[key] as PlainMap;
  });
  at[path[path.length - 1]!] = value;
}

export { runtimeIdentifier };
