import { RemovalPolicy } from 'aws-cdk-lib';
import { AttributeType, Billing, StreamViewType, TableEncryptionV2, TableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { type IGrantable, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { Construct } from 'constructs';
import { tableDesign } from '../../functions/db/table-design.js';

const stringKey = (name: string) => ({ name, type: AttributeType.STRING });

/**
 * The table actions a function may be granted; each function gets exactly those its code calls
 * (infra/least-privilege.integ.test.ts derives them from each bundle). Only the migrations, run by
 * the deploy, scan; a transaction needs the action of each of its parts (Put, Update, ConditionCheck).
 */
export type TTableAction =
  | 'GetItem'
  | 'BatchGetItem'
  | 'Query'
  | 'ConditionCheckItem'
  | 'PutItem'
  | 'UpdateItem'
  | 'DeleteItem'
  | 'BatchWriteItem'
  | 'Scan'
  | 'DescribeTable';

/** The single table, its keys and indexes taken from the design the code queries with. */
export class DataTable extends Construct {
  readonly table: TableV2;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    this.table = new TableV2(this, 'Table', {
      partitionKey: stringKey(tableDesign.partitionKey),
      sortKey: stringKey(tableDesign.sortKey),
      globalSecondaryIndexes: tableDesign.indexes.map((index) => ({
        indexName: index.name,
        partitionKey: stringKey(index.partitionKey),
        sortKey: stringKey(index.sortKey),
      })),
      billing: Billing.onDemand(),
      encryption: TableEncryptionV2.awsManagedKey(),
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      deletionProtection: true,
      timeToLiveAttribute: tableDesign.timeToLiveAttribute,
      // The outbox processor (emails) reads committed changes from the stream.
      dynamoStream: StreamViewType.NEW_AND_OLD_IMAGES,
      removalPolicy: RemovalPolicy.RETAIN,
    });
  }

  /** Exactly `actions` on the table and on each index by name (no `/index/*`). */
  grant(grantee: IGrantable, actions: readonly TTableAction[]): void {
    grantee.grantPrincipal.addToPrincipalPolicy(
      new PolicyStatement({
        actions: actions.map((action) => `dynamodb:${action}`),
        resources: [
          this.table.tableArn,
          ...tableDesign.indexes.map((index) => `${this.table.tableArn}/index/${index.name}`),
        ],
      }),
    );
  }
}
