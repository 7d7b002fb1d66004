import { checkConnection, defaultConfigFor, validateConfig } from '../../catalog/index.ts';
import { emptyScenario, parseScenario, setConfigValue } from '../../diagram/index.ts';

const parseOk = () => {
  const r = parseScenario({
    ...emptyScenario(),
    nodes: [{ id: 'svc', kind: 'fargate', label: 'svc', position: { x: 0, y: 0 }, config: {} }],
  });
  if (!r.ok) throw new Error(r.errors.join(' '));
  return r.scenario;
};

describe('the AWS Fargate kind in the catalog', () => {
  it('accepts its defaults', () => {
    expect(validateConfig('fargate', defaultConfigFor('fargate')).ok).toBe(true);
    expect(validateConfig('alb', defaultConfigFor('alb')).ok).toBe(true);
  });

  it('refuses a task size Fargate does not offer, naming the sizes it does', () => {
    const result = validateConfig('fargate', {
      ...defaultConfigFor('fargate'),
      vcpu: '1',
      memoryGb: 1,
    });
    expect(result.ok ? [] : result.problems).toEqual([
      {
        key: 'memoryGb',
        message: 'Fargate has no task of 1 vCPU with 1 GB: with 1 vCPU choose 2 to 8 GB.',
      },
    ]);
  });

  it('brings the memory along when the vCPU changes, so every size can be reached', () => {
    let scenario = parseOk();
    const set = (key: string, value: string | number) => {
      const r = setConfigValue(scenario, 'svc', key, value);
      if (!r.ok) throw new Error(r.problems.map((p) => p.message).join(' '));
      scenario = r.scenario;
      return scenario.nodes[0]!.config;
    };
    expect(set('vcpu', '16')).toMatchObject({ vcpu: '16', memoryGb: 32 });
    expect(set('vcpu', '0.25')).toMatchObject({ vcpu: '0.25', memoryGb: 2 });
    expect(set('vcpu', '1')).toMatchObject({ vcpu: '1', memoryGb: 2 });
    expect(set('memoryGb', 8)).toMatchObject({ vcpu: '1', memoryGb: 8 });
  });

  it('keeps minimum ≤ desired ≤ maximum tasks', () => {
    const result = validateConfig('fargate', {
      ...defaultConfigFor('fargate'),
      minTasks: 3,
      desiredTasks: 2,
      maxTasks: 2,
    });
    expect(result.ok ? [] : result.problems.map((p) => p.key)).toEqual([
      'minTasks',
      'desiredTasks',
    ]);
  });

  it('connects as AWS allows, and says why not otherwise', () => {
    for (const [from, to] of [
      ['http-clients', 'alb'],
      ['api-gateway', 'alb'],
      ['alb', 'fargate'],
      ['alb', 'lambda'],
      ['sqs', 'fargate'],
      ['fargate', 'dynamodb'],
      ['fargate', 's3'],
      ['fargate', 'sns'],
      ['fargate', 'sqs'],
      ['fargate', 'eventbridge'],
    ] as const)
      expect(checkConnection(from, to).ok, `${from} → ${to}`).toBe(true);
    const refused = checkConnection('http-clients', 'fargate');
    expect(refused.ok ? '' : refused.reason).toMatch(/put an Application Load Balancer in front/);
    const s3 = checkConnection('s3', 'fargate');
    expect(s3.ok ? '' : s3.reason).toMatch(/SQS queue in front of the service/);
  });
});
