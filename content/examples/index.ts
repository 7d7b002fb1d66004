/**
 * The gallery: ready-made scenarios, each a real use case with what a learner should watch.
 * The JSON files are complete, normalised scenario documents (what Export writes). They are
 * not run through parseScenario at load, to keep start-up cheap; the test proves each parses.
 */
import type { Scenario } from '../../src/domain/diagram/index.ts';
import apiLambdaVsFargate from './api-lambda-vs-fargate.json';
import apiThrottle from './api-throttle.json';
import coldStartLab from './cold-start-lab.json';
import deliveredTwice from './delivered-twice.json';
import fifoOrders from './fifo-orders.json';
import hotShard from './hot-shard.json';
import workflowRetries from './workflow-retries.json';
import imageThumbnails from './image-thumbnails.json';
import iotTelemetry from './iot-telemetry.json';
import loadLevelling from './load-levelling.json';
import nightlyJob from './nightly-job.json';
import orderFanout from './order-fanout.json';
import provisionedTable from './provisioned-table.json';
import queueWorkers from './queue-workers.json';
import restApi from './rest-api.json';
import welcomeEmail from './welcome-email.json';

/** The files are checked, not parsed, at load: examples.test.ts proves each parses to exactly itself. */
const trusted = (doc: unknown) => doc as Scenario;

export interface GalleryExample {
  id: string;
  title: string;
  summary: string;
  /** 2–4 short observations for a learner pressing Play. */
  whatToWatch: readonly string[];
  /** Concept page slugs (content/concepts/<slug>.md). */
  concepts: readonly string[];
  scenario: Scenario;
}

export const GALLERY: readonly GalleryExample[] = [
  {
    id: 'rest-api',
    title: 'REST API',
    summary:
      'HTTP clients call an API. API Gateway invokes a function and waits for it; the function writes each order to DynamoDB.',
    whatToWatch: [
      'Every request waits end to end: API Gateway, then Lambda, then DynamoDB, and back.',
      'The first requests meet cold starts (blue); once environments are warm (amber), latency drops.',
      'Concurrency is about requests per second × duration: raise the rate and watch it grow.',
      'On the bill, API Gateway requests cost more than the Lambda compute.',
    ],
    concepts: [
      'amazon-api-gateway',
      'aws-lambda',
      'amazon-dynamodb',
      'invocation-models',
      'cold-starts',
    ],
    scenario: trusted(restApi),
  },
  {
    id: 'image-thumbnails',
    title: 'Image thumbnails on upload',
    summary:
      'Putting a photo into an S3 bucket sends an event notification; a function resizes the photo and stores the thumbnail in a second bucket.',
    whatToWatch: [
      'S3 invokes the function asynchronously: the upload is finished before the resize starts.',
      'Thumbnails go to a different bucket. Writing back into the bucket that triggers the function would start an endless loop.',
      'More memory also means more CPU: compare 512 MB with 3,008 MB for duration and cost.',
    ],
    concepts: ['amazon-s3', 'aws-lambda', 'invocation-models', 'pricing'],
    scenario: trusted(imageThumbnails),
  },
  {
    id: 'order-fanout',
    title: 'Order processing fan-out',
    summary:
      'A checkout publishes one message to an SNS topic. Three SQS queues each get a copy, so payment, stock and the confirmation email are handled independently.',
    whatToWatch: [
      'One message in, three copies out: each queue and its function work at their own pace.',
      'The Java payment function has the longest cold starts, yet no shopper waits for them: the queue absorbs them.',
      'The email provider has a bad day (10 % of sends fail): failed messages come back to the queue, and after 3 receives they move to email-dlq.',
      'Trouble in one branch delays only that branch, never the other two.',
    ],
    concepts: ['amazon-sns', 'amazon-sqs', 'aws-lambda', 'invocation-models'],
    scenario: trusted(orderFanout),
  },
  {
    id: 'welcome-email',
    title: 'Welcome email on sign-up',
    summary:
      'The sign-up function only stores the new user and answers. The table’s stream hands the change to a second function, which publishes the welcome message.',
    whatToWatch: [
      'The sign-up request returns as soon as the user is stored; the welcome work happens afterwards, outside the request.',
      'send-welcome is poll-based: Lambda reads the stream in batches, in order.',
      'Give send-welcome an error rate: a failing batch is retried and holds up the records behind it.',
    ],
    concepts: ['amazon-dynamodb', 'aws-lambda', 'amazon-sns', 'invocation-models'],
    scenario: trusted(welcomeEmail),
  },
  {
    id: 'nightly-job',
    title: 'Nightly report job',
    summary:
      'A cron schedule starts one function at 02:00 UTC. It reads the day’s orders from DynamoDB and writes a report to S3.',
    whatToWatch: [
      'The run covers a whole day and the schedule fires once: scrub the timeline to 02:00 to see it.',
      'Its cold start does not matter: nobody is waiting for a nightly job.',
      'The job takes about 2 minutes; Lambda stops anything after 15 minutes, so longer jobs need another tool.',
      'You pay for about 2 minutes of compute a day, not for a server idling the rest of it.',
    ],
    concepts: ['schedule', 'aws-lambda', 'limits-and-timeouts', 'pricing'],
    scenario: trusted(nightlyJob),
  },
  {
    id: 'iot-telemetry',
    title: 'IoT telemetry',
    summary:
      'Devices send 100 readings a second into a Kinesis stream with 2 shards; a function reads each shard in batches and stores the readings.',
    whatToWatch: [
      'Concurrency stays at the number of shards: each shard is read one batch at a time, in order.',
      'Batches of up to 100 readings make far fewer invocations than one per reading.',
      'Add a shard and the readings are stored sooner; a failing batch blocks its shard until it succeeds.',
    ],
    concepts: ['amazon-kinesis', 'aws-lambda', 'amazon-dynamodb', 'concurrency-and-throttling'],
    scenario: trusted(iotTelemetry),
  },
  {
    id: 'load-levelling',
    title: 'Queue-based load levelling',
    summary:
      "Bursts of requests go from API Gateway straight into an SQS queue. The queue's event source mapping runs at most 5 batches at once, so the function drains it steadily.",
    whatToWatch: [
      'During each burst the queue fills, then drains: no request is throttled.',
      "The mapping's maximum concurrency (Max pollers, 5) is the brake: the function never runs more than 5 environments, which protects the database.",
      'Callers get their answer once the message is queued, not when it is processed.',
      'Set Max pollers back to 1,000 and keep reserved concurrency 5: the pollers ignore it, batches are throttled, and healthy messages reach the dead-letter queue.',
    ],
    concepts: [
      'amazon-sqs',
      'concurrency-and-throttling',
      'amazon-api-gateway',
      'invocation-models',
    ],
    scenario: trusted(loadLevelling),
  },
  {
    id: 'api-throttle',
    title: 'API throttles and timeouts',
    summary:
      'A ticket API whose stage is throttled at 20 requests per second with a burst of 40. Waves of fans hit it; one of its two routes is a report that takes 40 seconds.',
    whatToWatch: [
      'Each wave empties the token bucket: the first 40 requests pass at once, then only 20 a second, and the rest get HTTP 429 before any function runs.',
      'The report route answers 504 after 29 seconds, the integration timeout, while sales-report runs on to its end and is billed for it.',
      'Raise the stage throttle to 100 per second and watch the 429s disappear; the 504s stay.',
    ],
    concepts: ['amazon-api-gateway', 'concurrency-and-throttling', 'limits-and-timeouts'],
    scenario: trusted(apiThrottle),
  },
  {
    id: 'delivered-twice',
    title: 'Delivered twice',
    summary:
      'An order puts a message on a queue; a function renders its invoice in about 24 seconds, some runs longer. The queue hides a received message for only 30 seconds.',
    whatToWatch: [
      'A run that passes 30 seconds is still going when the visibility timeout ends: the message is visible again and a second invocation receives it. The log says "Delivered twice" and the queue counts it.',
      'Nothing failed: every run succeeds, yet the function runs more often than orders arrive, and each duplicate is billed.',
      'Set the visibility timeout to 360 s (6 × the 60 s function timeout, as AWS advises) and the duplicates stop.',
    ],
    concepts: ['amazon-sqs', 'retries-and-dead-letter-queues', 'aws-lambda'],
    scenario: trusted(deliveredTwice),
  },
  {
    id: 'fifo-orders',
    title: 'Orders in order: a FIFO queue',
    summary:
      'Five orders a second from four customers go to a FIFO queue, one message group per customer. A function fulfils each group in order, in batches of up to 5; about 2 % of its runs fail, and the producer resends 5 % of its orders.',
    whatToWatch: [
      'Each group has one batch in flight at a time: orders that arrive meanwhile wait for their group, and the Metrics tab counts these group waits.',
      'A failed batch is not skipped: its group stops until the same messages come back after the 30 s visibility timeout and succeed. The other groups keep flowing; blocked-group time adds it up.',
      'The producer resends some orders, yet none is fulfilled twice: the queue drops a message whose deduplication ID it saw in the last 5 minutes.',
      'Set the message groups to 1: every order waits for the one before it, and the queue grows.',
    ],
    concepts: ['amazon-sqs', 'retries-and-dead-letter-queues', 'aws-lambda'],
    scenario: trusted(fifoOrders),
  },
  {
    id: 'workflow-retries',
    title: 'A workflow that retries and catches',
    summary:
      'Two orders a second start a Standard Step Functions workflow: charge the card, then ship. The payment function fails about one call in four; each task retries twice with back-off, and a Catch sends what still fails to a refund.',
    whatToWatch: [
      'A failed charge is not the end: the workflow waits 1 s and tries again, then 2 s (IntervalSeconds 1, BackoffRate 2). The Metrics tab counts these workflow retries.',
      'After two retries the Catch takes over: the order goes to refund-order instead of failing, and the execution still succeeds. The Metrics tab counts the caught failures.',
      'Every retry is one more state transition on the bill (see the Cost tab). Switch the workflow to Express to pay per request and duration instead.',
    ],
    concepts: ['aws-step-functions', 'retries-and-dead-letter-queues', 'aws-lambda'],
    scenario: trusted(workflowRetries),
  },
  {
    id: 'provisioned-table',
    title: 'A table at its provisioned capacity',
    summary:
      'Players send about 25 scores a second; a function writes each to a table provisioned with 10 write capacity units (a 1 KB write uses one).',
    whatToWatch: [
      'For the first minutes every write succeeds: the table spends the burst capacity it saved (up to 300 seconds of unused units) on top of its 10 a second.',
      'When the burst is spent, about 3 minutes in, the table throttles. The function’s SDK tries a throttled write again after a short back-off; the Metrics tab counts the throttles and the SDK retries.',
      'After the third throttled attempt the SDK gives up and the invocation fails. Switch the table to on-demand, or provision 25 WCU, and the failures stop — at a different price.',
    ],
    concepts: ['amazon-dynamodb', 'concurrency-and-throttling', 'pricing'],
    scenario: trusted(provisionedTable),
  },
  {
    id: 'hot-shard',
    title: 'A hot shard',
    summary:
      'Delivery vans report their position about 1,100 times a second into a Kinesis stream of one shard; a function reads it in batches of 100, one batch at a time.',
    whatToWatch: [
      'A shard takes at most 1,000 records a second: every write above that is refused with ProvisionedThroughputExceeded, and the stream counts it as throttled.',
      'The function reads one batch at a time from the shard and cannot keep up: the backlog grows and so does the iterator age, the age of the oldest record still waiting.',
      'Add shards to stop the refused writes; raise the parallelization factor (up to 10 batches per shard) to let the function catch up.',
    ],
    concepts: ['amazon-kinesis', 'concurrency-and-throttling', 'invocation-models'],
    scenario: trusted(hotShard),
  },
  {
    id: 'cold-start-lab',
    title: 'Cold-start lab',
    summary:
      'One profile function six times, each getting a request every 8 minutes or so: left alone, pinged every 5 minutes, with 2 provisioned environments, with 1.5 s of its own init code, and with that init code behind SnapStart in Java and in Python.',
    whatToWatch: [
      'profile-plain: a request after more than 10 idle minutes meets a cold start of about 0.4 s (the environment start, then about 0.3 s of Java INIT); the ping and provisioned environments avoid most or all of them, for extra invocations or environments billed every hour.',
      'profile-init-code: 1.5 s of its own init code (Init code, in the inspector) makes each cold start about 1.9 s: in a real function most of the wait is its own.',
      'profile-snapstart and profile-py-snapstart restore a snapshot in about 0.8 s instead: faster than 1.9 s, slower than a small INIT. Set their init code to 0 and SnapStart loses.',
      'Cost tab: Python SnapStart pays for its snapshot cache every hour and for each restore; Java SnapStart adds nothing.',
    ],
    concepts: ['cold-starts', 'aws-lambda', 'schedule', 'pricing'],
    scenario: trusted(coldStartLab),
  },
  {
    id: 'api-lambda-vs-fargate',
    title: 'The same API on Lambda and on Fargate',
    summary:
      'One API built twice on the same traffic: API Gateway and a Lambda function on top, a load balancer and two Fargate tasks below. Ten requests a second, and a five-fold spike for three minutes halfway through the first half hour.',
    whatToWatch: [
      'The spike: Lambda starts new environments within a second (a few cold starts, blue); the two tasks fill their slots, share their half vCPU among the requests at work, and the rest queue; some wait past the load balancer’s 60 s idle timeout and get a 504.',
      'Target tracking acts on one-minute datapoints: the service scales out only after three minutes above 50 % CPU, and each new task takes about half a minute to pull its image and pass a health check.',
      'Scale-in is slower still: 15 minutes below the target, one task at a time, each draining for 5 minutes — billed all along.',
      'On the Cost tab, the tasks and the load balancer cost by the hour whether busy or not; Lambda and API Gateway cost by the request. Raise the rate to see where the bills cross.',
    ],
    concepts: [
      'serverless-vs-containers',
      'aws-fargate',
      'application-load-balancer',
      'cold-starts',
    ],
    scenario: trusted(apiLambdaVsFargate),
  },
  {
    id: 'queue-workers',
    title: 'Queue workers: Lambda or Fargate?',
    summary:
      'The same orders go to two SQS queues: Lambda pollers drain one, a Fargate service of worker tasks drains the other, scaling on the backlog per task. A six-fold spike shows how each keeps up.',
    whatToWatch: [
      'Lambda pollers add functions as messages wait: lambda-queue hardly grows.',
      'The workers take messages only while they have free slots; worker-queue grows during the spike until target tracking has added tasks, minutes later.',
      'Nobody waits for a queue: the backlog costs time, not errors. The question is how late is too late.',
      'The workers reach AWS through a NAT gateway: its hours are a line of their own on the Cost tab.',
    ],
    concepts: ['serverless-vs-containers', 'aws-fargate', 'amazon-sqs', 'invocation-models'],
    scenario: trusted(queueWorkers),
  },
];

/**
 * A gallery example by id, or undefined.
 *
 * @example
 * findExample('rest-api')?.scenario; // the REST API scenario
 */
export function findExample(id: string): GalleryExample | undefined {
  return GALLERY.find((example) => example.id === id);
}
