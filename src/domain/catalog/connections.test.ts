import { CONNECTION_RULES, checkConnection, findVariant } from './connections.ts';
import { CATALOG, getKind } from './catalog.ts';
import { KIND_IDS, type KindId } from './types.ts';

describe('connection rules', () => {
  it.each(CONNECTION_RULES.map((r) => [r.from, r.to] as const))(
    '%s → %s is accepted',
    (from, to) => {
      const check = checkConnection(from, to);
      expect(check.ok).toBe(true);
    },
  );

  it('names the meanings the issue asks for', () => {
    const model = (from: KindId, to: KindId) => findVariant(from, to, undefined)?.model;
    expect(model('api-gateway', 'lambda')).toBe('sync');
    expect(model('s3', 'lambda')).toBe('async');
    expect(model('sqs', 'lambda')).toBe('poll');
    expect(model('dynamodb', 'lambda')).toBe('poll');
    expect(model('kinesis', 'lambda')).toBe('poll');
    expect(model('lambda', 'dynamodb')).toBe('sdk');
    expect(model('api-gateway', 'sqs')).toBe('sync');
    expect(model('sns', 'sqs')).toBe('async');
    expect(model('sns', 'lambda')).toBe('async');
    expect(model('schedule', 'lambda')).toBe('async');
    expect(model('step-functions', 'lambda')).toBe('sync');
    for (const to of ['sns', 'sqs', 'lambda', 'step-functions'] as const) {
      expect(checkConnection('eventbridge', to).ok).toBe(true);
    }
  });

  it('refuses S3 → DynamoDB with the reason a learner understands', () => {
    const check = checkConnection('s3', 'dynamodb');
    expect(check).toEqual({
      ok: false,
      reason: 'S3 cannot write to a DynamoDB table by itself — put a Lambda function between them.',
    });
  });

  it('gives every missing pair a reason that names both ends or says what to do', () => {
    const valid = new Set(CONNECTION_RULES.map((r) => `${r.from}>${r.to}`));
    let refused = 0;
    for (const from of KIND_IDS) {
      for (const to of KIND_IDS) {
        if (valid.has(`${from}>${to}`)) continue;
        const check = checkConnection(from, to);
        expect(check.ok).toBe(false);
        if (check.ok) continue;
        refused += 1;
        expect(check.reason.length).toBeGreaterThan(20);
        const mentions = [
          getKind(from).label,
          getKind(to).label,
          'Lambda',
          'API Gateway',
          'S3',
        ].some((name) => check.reason.includes(name));
        expect(mentions, `${from} → ${to}: ${check.reason}`).toBe(true);
      }
    }
    expect(refused).toBeGreaterThan(80);
  });

  it('never lets anything send to an event source', () => {
    for (const from of KIND_IDS) {
      for (const to of KIND_IDS.filter((k) => CATALOG[k].group === 'event')) {
        const check = checkConnection(from, to);
        expect(check.ok).toBe(false);
      }
    }
  });

  it('has unique variant ids within each rule', () => {
    for (const rule of CONNECTION_RULES) {
      const ids = rule.variants.map((v) => v.id);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });
});
