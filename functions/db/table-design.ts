/**
 * The single-table key design, in one place: the local start-up creates the table from it and
 * infra/ deploys the same definition. docs/DATA-MODEL.md lists the access patterns per index.
 */
export const tableDesign = {
  partitionKey: 'pk',
  sortKey: 'sk',
  /** Global secondary indexes: each projects all attributes. */
  indexes: [
    { name: 'gsi1', partitionKey: 'gsi1pk', sortKey: 'gsi1sk' },
    { name: 'gsi2', partitionKey: 'gsi2pk', sortKey: 'gsi2sk' },
  ],
  /** Epoch seconds after which DynamoDB may delete an item (the emails' sent markers). */
  timeToLiveAttribute: 'expiresAt',
} as const;

export type IndexName = (typeof tableDesign.indexes)[number]['name'];
