import { Duration, TimeZone } from 'aws-cdk-lib';
import { SqsDestination } from 'aws-cdk-lib/aws-lambda-destinations';
import type { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import type { RetentionDays } from 'aws-cdk-lib/aws-logs';
import {
  ContextAttribute,
  Schedule,
  ScheduleExpression,
  ScheduleTargetInput,
} from 'aws-cdk-lib/aws-scheduler';
import { LambdaInvoke } from 'aws-cdk-lib/aws-scheduler-targets';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import type { z } from 'zod';
import type { ZSweepPayloadSchema } from '../../functions/reminders/run-sweep.js';
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
 * The reminder sweep: EventBridge Scheduler calls the function at the top of every hour; each
 * agency is swept once a day, in the hour its planner chose (08:00 local by default).
 */
export class Reminders extends Construct {
  readonly handler: NodejsFunction;
  readonly schedule: Schedule;

  constructor(scope: Construct, id: string, props: RemindersProps) {
    super(scope, id);
    this.handler = createNodeFunction(this, 'Handler', {
      ...lambdaBundles.reminders,
      description: `Capaian ${props.stage} daily reminder sweep`,
      environment: props.environment,
      logRetention: props.logRetention,
      // A regency's sweep is a few hundred emails at SES's sending rate; leave ample room.
      timeout: Duration.minutes(10),
    });
    // Open quarters and settings by query, sent markers claimed and updated; no deletes.
    props.data.grant(this.handler, ['Query', 'UpdateItem']);
    props.mail.grantSend(this.handler);
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
