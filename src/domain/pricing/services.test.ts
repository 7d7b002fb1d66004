// Messaging, storage and streaming services. No worked examples with figures were found on
// the SQS, SNS, DynamoDB on-demand, S3, EventBridge or Kinesis pricing pages, so these check
// the table's rates and the metering rules the pages state (64 KB chunks, free allowances).
import { PRICES } from './prices.ts';
import { cents, FREE, NO_FREE, printed } from './test-support.ts';
import type { Usage } from './usage.ts';

describe('SQS', () => {
  it('charges $0.40 per million standard and $0.50 per million FIFO requests', () => {
    expect(printed([{ kind: 'sqs', queueType: 'standard', requests: 5e6 }], NO_FREE).usd).toBe(2);
    expect(printed([{ kind: 'sqs', queueType: 'fifo', requests: 5e6 }], NO_FREE).usd).toBe(2.5);
  });

  it('gives one million free requests a month, shared by standard and FIFO queues', () => {
    const both: Usage[] = [
      { kind: 'sqs', queueType: 'standard', requests: 600_000 },
      { kind: 'sqs', queueType: 'fifo', requests: 600_000 },
    ];
    const bill = printed(both, FREE);
    expect(cents(bill, 'sqs.standard')).toBe(0);
    expect(cents(bill, 'sqs.fifo')).toBe(0.1); // 200,000 left over × $0.50/M
  });
});

describe('SNS', () => {
  it('bills each 64 KB chunk of a publish as one publish, after one million free', () => {
    const sns: Usage = { kind: 'sns', publishes: 1e6, payloadKb: 256, httpDeliveries: 0 };
    expect(printed([sns], NO_FREE).usd).toBe(2); // 4M chunks × $0.50/M
    expect(printed([sns], FREE).usd).toBe(1.5);
  });

  it('counts an empty payload as one publish', () => {
    expect(
      printed([{ kind: 'sns', publishes: 2e6, payloadKb: 0, httpDeliveries: 0 }], NO_FREE).usd,
    ).toBe(1);
  });

  it('charges HTTP/S deliveries $0.60 per million (100,000 a month free)', () => {
    const sns: Usage = { kind: 'sns', publishes: 0, payloadKb: 1, httpDeliveries: 1.1e6 };
    expect(printed([sns], NO_FREE).usd).toBe(0.66);
    expect(printed([sns], FREE).usd).toBe(0.6);
  });
});

describe('DynamoDB on-demand', () => {
  const table: Usage = { kind: 'dynamodb', writeUnits: 10e6, readUnits: 40e6, storageGb: 30 };

  it('charges $0.625/M WRU, $0.125/M RRU and $0.25 a GB-month above 25 GB', () => {
    const bill = printed([table], FREE);
    expect([
      cents(bill, 'dynamodb.writes'),
      cents(bill, 'dynamodb.reads'),
      cents(bill, 'dynamodb.storage'),
    ]).toEqual([6.25, 5, 1.25]);
  });

  it('reproduces the rates before the Nov 2024 cut when given the old table', () => {
    const { dynamodb } = PRICES;
    const before = {
      ...PRICES,
      dynamodb: {
        ...dynamodb,
        writeRequestUnits: { ...dynamodb.writeRequestUnits, usd: 1.25 },
        readRequestUnits: { ...dynamodb.readRequestUnits, usd: 0.25 },
      },
    };
    const bill = printed([table], NO_FREE, before);
    expect([cents(bill, 'dynamodb.writes'), cents(bill, 'dynamodb.reads')]).toEqual([12.5, 10]);
  });
});

describe('S3 Standard', () => {
  it('charges per 1,000 PUTs and GETs and per GB-month stored', () => {
    const bill = printed(
      [{ kind: 's3', putRequests: 100_000, getRequests: 1e6, storageGb: 100 }],
      FREE,
    );
    expect([cents(bill, 's3.put'), cents(bill, 's3.get'), cents(bill, 's3.storage')]).toEqual([
      0.5, 0.4, 2.3,
    ]);
  });

  it('moves to the next storage band after 50 TB', () => {
    const bill = printed(
      [{ kind: 's3', putRequests: 0, getRequests: 0, storageGb: 51_200 + 1000 }],
      NO_FREE,
    );
    expect(bill.lines.map((l) => l.usd)).toEqual([1177.6, 22]);
  });
});

describe('EventBridge', () => {
  it('charges $1.00 per million custom events and Scheduler invocations after 14M free', () => {
    const bus: Usage = { kind: 'eventbridge', events: 3e6, schedulerInvocations: 20e6 };
    expect(printed([bus], NO_FREE).usd).toBe(23);
    const bill = printed([bus], FREE);
    expect([cents(bill, 'eventbridge.events'), cents(bill, 'eventbridge.scheduler')]).toEqual([
      3, 6,
    ]);
  });
});

describe('Kinesis Data Streams (provisioned)', () => {
  it('charges $0.015 per shard-hour and $0.014 per million 25 KB PUT payload units', () => {
    const bill = printed([{ kind: 'kinesis', shardHours: 720, putPayloadUnits: 100e6 }], FREE);
    expect([cents(bill, 'kinesis.shardHours'), cents(bill, 'kinesis.putUnits')]).toEqual([
      10.8, 1.4,
    ]);
  });
});
