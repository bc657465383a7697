import { Duration } from 'aws-cdk-lib';
import type { Function as LambdaFunction } from 'aws-cdk-lib/aws-lambda';
import type { RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Trigger } from 'aws-cdk-lib/triggers';
import { Construct } from 'constructs';
import { lambdaBundles } from '../lambda-entries.js';
import { createNodeFunction } from './node-function.js';
import type { DataTable } from './table.js';

export type MigrationsProps = {
  stage: string;
  data: DataTable;
  environment: Record<string, string>;
  logRetention: RetentionDays;
  /** Every function that writes the table: the migrations run once all of them run the new code. */
  writers: LambdaFunction[];
};

/** Lambda's longest run; the trigger waits as long. */
const timeout = Duration.minutes(15);

/**
 * Brings the items already stored to the key design the deployed code reads, as part of the deploy
 * (functions/migrations): a trigger calls the migrations function whenever its code changes, after
 * the table and every function writing it are updated, so that no old code writes an item without
 * the new keys behind the migration's back. A failed migration fails the deploy, which rolls back;
 * the function records the table's schema version, so a deploy with nothing new to migrate reads
 * one item.
 */
export class Migrations extends Construct {
  readonly handler: LambdaFunction;

  constructor(scope: Construct, id: string, props: MigrationsProps) {
    super(scope, id);
    this.handler = createNodeFunction(this, 'Handler', {
      ...lambdaBundles.migrations,
      description: `Capaian ${props.stage} table migrations, run by each deploy`,
      environment: props.environment,
      logRetention: props.logRetention,
      timeout,
    });
    // The schema version read and recorded, the items scanned and updated; an item whose key
    // changes (a region's audit event stored in an agency's year, migration 2) put anew and deleted.
    props.data.grant(this.handler, ['DeleteItem', 'GetItem', 'PutItem', 'Scan', 'UpdateItem']);
    new Trigger(this, 'Run', {
      handler: this.handler,
      timeout,
      executeAfter: [props.data, ...props.writers],
    });
  }
}
