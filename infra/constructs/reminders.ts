import { Duration, TimeZone } from 'aws-cdk-lib';
import type { Function as LambdaFunction } from 'aws-cdk-lib/aws-lambda';
import { SqsDestination } from 'aws-cdk-lib/aws-lambda-destinations';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import type { RetentionDays } from 'aws-cdk-lib/aws-logs';
import {
  ContextAttribute,
  Schedule,
  ScheduleExpression,
  ScheduleTargetInput,
} from 'aws-cdk-lib/aws-scheduler';
import { LambdaInvoke } from 'aws-cdk-lib/aws-scheduler-targets';
import { type IQueue, Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import type { z } from 'zod';
import type { ZSweepPayloadSchema } from '../../functions/reminders/fan-out-sweep.js';
import { lambdaBundles } from '../lambda-entries.js';
import type { Mail } from './mail.js';
import { createNodeFunction } from './node-function.js';
import { schedulerRole } from './scheduler-role.js';
import type { DataTable } from './table.js';

/** What the schedule sends: typed by the schema the handler parses, so the two cannot drift. */
export type TSweepInput = z.input<typeof ZSweepPayloadSchema>;

/**
 * The sweep runs "as of" the moment it was scheduled for, not when it happened to run: a retried
 * invocation then plans exactly what the first attempt would have.
 */
export const sweepInput: TSweepInput = { at: ContextAttribute.scheduledTime, scheduled: true };

export type RemindersProps = {
  stage: string;
  data: DataTable;
  mail: Mail;
  failureQueue: IQueue;
  environment: Record<string, string>;
  logRetention: RetentionDays;
  /** The agencies' IANA time zone, e.g. Asia/Makassar (WITA). */
  timeZone: string;
};

/**
 * A batch of ten agencies of five units takes about 20 s on the loaded 2-core bench machine, most
 * of it rendering 40 emails (npm run bench); at 256 MB a Lambda has a seventh of a vCPU, about
 * what the bench had. Five minutes leaves room for agencies with more units.
 */
const workerTimeout = Duration.minutes(5);
/** Batches swept at once, the country over: bounds the table's and SES's load at 08:00. */
export const sweepWorkersAtOnce = 10;
/** Deliveries of one batch before it is parked in the failure queue (which raises the alarm). */
export const sweepAttempts = 3;

/**
 * The reminder sweep: EventBridge Scheduler calls the handler at the top of every hour; it finds
 * the agencies with a quarter due or overdue and puts them on the sweep queue in batches, whose
 * worker sends the reminders, a bounded number of batches at a time. Each agency is swept once a
 * day, in the hour its planner chose (08:00 local by default).
 */
export class Reminders extends Construct {
  readonly handler: LambdaFunction;
  readonly worker: LambdaFunction;
  readonly queue: Queue;
  readonly schedule: Schedule;

  constructor(scope: Construct, id: string, props: RemindersProps) {
    super(scope, id);
    this.queue = new Queue(this, 'SweepQueue', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      // AWS's advice for a Lambda consumer: six times its timeout, so a slow batch is not redelivered.
      visibilityTimeout: Duration.seconds(workerTimeout.toSeconds() * 6),
      // An hourly sweep's batches are stale by the next day's: the sent-markers catch up.
      retentionPeriod: Duration.hours(12),
      deadLetterQueue: { queue: props.failureQueue, maxReceiveCount: sweepAttempts },
    });
    this.handler = createNodeFunction(this, 'Handler', {
      ...lambdaBundles.reminders,
      description: `Capaian ${props.stage} hourly reminder sweep: the agencies due, onto the sweep queue`,
      environment: { ...props.environment, SWEEP_QUEUE_URL: this.queue.queueUrl },
      logRetention: props.logRetention,
      // One query of the due-date index and a few hundred SendMessageBatch calls: seconds.
      timeout: Duration.minutes(5),
    });
    // The open quarters by query; the batches onto the queue.
    props.data.grant(this.handler, ['Query']);
    // SendMessage alone: grantSendMessages adds the queue's attributes and URL, never asked for.
    this.queue.grant(this.handler, 'sqs:SendMessage');

    this.worker = createNodeFunction(this, 'WorkerHandler', {
      ...lambdaBundles.remindersWorker,
      description: `Capaian ${props.stage} reminder sweep worker: one batch of agencies`,
      environment: props.environment,
      logRetention: props.logRetention,
      timeout: workerTimeout,
    });
    // Agencies, members and years by query, sent markers claimed and updated; no deletes.
    props.data.grant(this.worker, ['Query', 'UpdateItem']);
    props.mail.grantSend(this.worker);
    this.worker.addEventSource(
      new SqsEventSource(this.queue, {
        batchSize: 1,
        maxConcurrency: sweepWorkersAtOnce,
        reportBatchItemFailures: true,
      }),
    );
    // Scheduler invokes asynchronously: a sweep that throws is retried by Lambda, then parked
    // with the other failures instead of vanishing.
    this.handler.configureAsyncInvoke({
      retryAttempts: 2,
      maxEventAge: Duration.hours(4),
      onFailure: new SqsDestination(props.failureQueue),
    });

    this.schedule = new Schedule(this, 'Hourly', {
      description: `Capaian ${props.stage}: hourly reminder sweep, each agency at its own local hour`,
      // Every hour: agencies pick their sending hour in their own zone (WIB, WITA, WIT).
      schedule: ScheduleExpression.cron({ minute: '0', hour: '*', timeZone: TimeZone.of(props.timeZone) }),
      target: new LambdaInvoke(this.handler, {
        role: schedulerRole(this, this.handler, 'Lets EventBridge Scheduler start the daily reminder sweep'),
        input: ScheduleTargetInput.fromObject(sweepInput),
        // Retries when the invocation itself fails (throttled); sent markers make repeats harmless.
        retryAttempts: 3,
        maxEventAge: Duration.hours(4),
        deadLetterQueue: props.failureQueue,
      }),
    });
  }
}
