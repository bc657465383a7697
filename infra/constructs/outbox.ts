import { Duration } from 'aws-cdk-lib';
import {
  FilterCriteria,
  FilterRule,
  type Function as LambdaFunction,
  StartingPosition,
} from 'aws-cdk-lib/aws-lambda';
import { DynamoEventSource, SqsDlq } from 'aws-cdk-lib/aws-lambda-event-sources';
import type { RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Schedule, ScheduleExpression, ScheduleTargetInput } from 'aws-cdk-lib/aws-scheduler';
import { LambdaInvoke } from 'aws-cdk-lib/aws-scheduler-targets';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import type { TDrainPayload } from '../../functions/outbox/lambda.js';
import { lambdaBundles } from '../lambda-entries.js';
import type { Buckets } from './buckets.js';
import type { Mail } from './mail.js';
import { createNodeFunction } from './node-function.js';
import { schedulerRole } from './scheduler-role.js';
import type { DataTable } from './table.js';

export type OutboxProps = {
  stage: string;
  data: DataTable;
  buckets: Buckets;
  mail: Mail;
  failureQueue: IQueue;
  environment: Record<string, string>;
  logRetention: RetentionDays;
};

/** Only new outbox items wake the processor; every other write to the table is filtered out free. */
export const outboxFilter = FilterCriteria.filter({
  eventName: FilterRule.isEqual('INSERT'),
  dynamodb: { NewImage: { type: { S: FilterRule.isEqual('outbox') } } },
});

/** What the minutely schedule sends, typed by the handler's own schema. */
export const drainInput: TDrainPayload = { drain: true };

/**
 * The outbox processor: reads outbox items from the table's stream after their transaction
 * commits and runs their handlers (report files, emails) at once; every minute it runs the
 * retries that are due (a failed attempt waits for its back-off on the item, not in the stream)
 * and publishes the outbox's lag. Claims with leases make a retry, a replay of the stream or a
 * drain running beside the stream send nothing twice.
 */
export class Outbox extends Construct {
  readonly handler: LambdaFunction;
  readonly schedule: Schedule;

  constructor(scope: Construct, id: string, props: OutboxProps) {
    super(scope, id);
    this.handler = createNodeFunction(this, 'Handler', {
      ...lambdaBundles.outbox,
      description: `Capaian ${props.stage} outbox processor`,
      environment: props.environment,
      logRetention: props.logRetention,
      // A batch may render report files (PDF, workbook) and send a few emails; SES retries with
      // back-off inside the call.
      timeout: Duration.minutes(5),
    });
    // Events and sent markers: read, claim (conditional put), mark done (update); an invited user's
    // binding to their Cognito sub is one transaction of the app's (functions/db/commit.ts); no deletes.
    props.data.grant(this.handler, ['GetItem', 'Query', 'PutItem', 'UpdateItem', 'ConditionCheckItem']);
    props.mail.grantSend(this.handler);
    // Signing off a quarter makes its report files (PDF, workbook) for the emails to link to.
    props.buckets.grantReportWrites(this.handler.role ?? this.handler);
    this.handler.addEventSource(
      new DynamoEventSource(props.data.table, {
        // The stream keeps 24 hours; starting at its oldest record loses nothing written while
        // the mapping was being (re)created.
        startingPosition: StartingPosition.TRIM_HORIZON,
        batchSize: 10,
        filters: [outboxFilter],
        // The handler records a failed attempt on the item; only a record it could not even
        // record (the table unreachable) is answered as failed, and only those (and later ones) retry.
        reportBatchItemFailures: true,
        bisectBatchOnError: true,
        retryAttempts: 5,
        maxRecordAge: Duration.hours(6),
        onFailure: new SqsDlq(props.failureQueue),
      }),
    );

    // A drain that fails is simply the next minute's to do: no retries, nothing parked.
    this.handler.configureAsyncInvoke({ retryAttempts: 0, maxEventAge: Duration.minutes(2) });
    this.schedule = new Schedule(this, 'Minutely', {
      description: `Capaian ${props.stage}: the outbox's due retries and its lag, every minute`,
      schedule: ScheduleExpression.rate(Duration.minutes(1)),
      target: new LambdaInvoke(this.handler, {
        role: schedulerRole(this, this.handler, 'Lets EventBridge Scheduler run the outbox drain'),
        input: ScheduleTargetInput.fromObject(drainInput),
        retryAttempts: 0,
      }),
    });
  }
}
