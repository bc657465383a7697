import {
  type AttributeDefinition,
  CreateTableCommand,
  DescribeTableCommand,
  ResourceInUseException,
  ResourceNotFoundException,
  UpdateTimeToLiveCommand,
} from '@aws-sdk/client-dynamodb';
import { dynamodb, tableName } from './client.js';
import { tableDesign } from './table-design.js';

/** Reads the table's description; throws when the table or DynamoDB is unreachable. */
export async function describeTable(table = tableName) {
  const { Table } = await dynamodb.send(new DescribeTableCommand({ TableName: table }));
  return Table;
}

/**
 * Creates the table (or another of the same design, e.g. to restore into) with its indexes from the
 * shared key design, unless it exists (local mode, tests).
 */
export async function createTableIfMissing(table = tableName): Promise<'created' | 'exists'> {
  try {
    await describeTable(table);
    return 'exists';
  } catch (error) {
    if (!(error instanceof ResourceNotFoundException)) throw error;
  }
  const keyNames = [
    tableDesign.partitionKey,
    tableDesign.sortKey,
    ...tableDesign.indexes.flatMap((index) => [index.partitionKey, index.sortKey]),
  ];
  const attributes: AttributeDefinition[] = keyNames.map((name) => ({
    AttributeName: name,
    AttributeType: 'S',
  }));
  const created = dynamodb.send(
    new CreateTableCommand({
      TableName: table,
      BillingMode: 'PAY_PER_REQUEST',
      AttributeDefinitions: attributes,
      KeySchema: [
        { AttributeName: tableDesign.partitionKey, KeyType: 'HASH' },
        { AttributeName: tableDesign.sortKey, KeyType: 'RANGE' },
      ],
      GlobalSecondaryIndexes: tableDesign.indexes.map((index) => ({
        IndexName: index.name,
        KeySchema: [
          { AttributeName: index.partitionKey, KeyType: 'HASH' },
          { AttributeName: index.sortKey, KeyType: 'RANGE' },
        ],
        Projection: { ProjectionType: 'ALL' },
      })),
    }),
  );
  // On a loaded machine the first attempt can outlast the client's timeout and still create the
  // table: the retry then finds it made.
  await created.catch((error: unknown) => {
    if (!(error instanceof ResourceInUseException)) throw error;
  });
  await dynamodb.send(
    new UpdateTimeToLiveCommand({
      TableName: table,
      TimeToLiveSpecification: { AttributeName: tableDesign.timeToLiveAttribute, Enabled: true },
    }),
  );
  return 'created';
}
