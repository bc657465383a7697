import { Duration } from 'aws-cdk-lib';
import { FilterCriteria, FilterRule, StartingPosition } from 'aws-cdk-lib/aws-lambda';
import { DynamoEventSource, SqsDlq } from 'aws-cdk-lib/aws-lambda-event-sources';
import type { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import type { RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { lambdaEntries } from '../lambda-entries.js';
import type { Buckets } from './buckets.js';
import type { Mail } from './mail.js';
import { createNodeFunction } from './node-function.js';
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

/**
 * The outbox processor: reads outbox items from the table's stream after their transaction
 * commits and runs their handlers (report files, emails). Handlers are idempotent (sent-markers), so a retry or
 * a replay from the start of the stream sends nothing twice.
 */
export class Outbox extends Construct {
  readonly handler: NodejsFunction;

  constructor(scope: Construct, id: string, props: OutboxProps) {
    super(scope, id);
    this.handler = createNodeFunction(this, 'Handler', {
      entry: lambdaEntries.outbox,
      description: `Capaian ${props.stage} outbox processor`,
      // It renders the report files' PDFs.
      pdfFonts: true,
      environment: props.environment,
      logRetention: props.logRetention,
      memorySize: 1024,
      // A batch may render report files (PDF, workbook) and send a few emails; SES retries with
      // back-off inside the call.
      timeout: Duration.minutes(5),
    });
    // Events and sent markers: read, claim (conditional put), mark done (update); no deletes.
    props.data.grant(this.handler, ['GetItem', 'Query', 'PutItem', 'UpdateItem']);
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
        // The handler answers with the records that failed; only those (and later ones) retry.
        reportBatchItemFailures: true,
        bisectBatchOnError: true,
        retryAttempts: 5,
        maxRecordAge: Duration.hours(6),
        onFailure: new SqsDlq(props.failureQueue),
      }),
    );
  }
}
