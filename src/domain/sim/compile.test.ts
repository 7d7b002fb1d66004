import { KIND_IDS, type KindId } from '../kinds/ids.ts';
import { K, KIND_CODE } from './compile.ts';

describe('kind codes', () => {
  it('are each kind’s place in kinds/ids.ts', () => {
    KIND_IDS.forEach((id, code) => expect(KIND_CODE[id]).toBe(code));
  });

  it('have short names equal to the derived codes (the hot loop switches on these)', () => {
    const pairs: [number, KindId][] = [
      [K.http, 'http-clients'],
      [K.upload, 'file-upload'],
      [K.schedule, 'schedule'],
      [K.custom, 'custom-event'],
      [K.lambda, 'lambda'],
      [K.api, 'api-gateway'],
      [K.s3, 's3'],
      [K.sns, 'sns'],
      [K.sqs, 'sqs'],
      [K.dynamodb, 'dynamodb'],
      [K.eventbridge, 'eventbridge'],
      [K.stepFunctions, 'step-functions'],
      [K.kinesis, 'kinesis'],
      [K.alb, 'alb'],
      [K.fargate, 'fargate'],
    ];
    expect(pairs).toHaveLength(Object.keys(K).length);
    for (const [code, id] of pairs) expect(code).toBe(KIND_CODE[id]);
  });
});
