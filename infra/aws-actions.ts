import { build } from 'esbuild';
import { projectRoot } from './lambda-entries.js';

/**
 * The IAM actions each AWS SDK command (or paginator) needs, by its name (lib-dynamodb's and
 * client-dynamodb's names alike). A command missing here fails infra/least-privilege.integ.test.ts,
 * so whoever first calls it decides its actions.
 */
const actionsOfCommand: Record<string, string[]> = {
  GetCommand: ['dynamodb:GetItem'],
  GetItemCommand: ['dynamodb:GetItem'],
  BatchGetCommand: ['dynamodb:BatchGetItem'],
  BatchGetItemCommand: ['dynamodb:BatchGetItem'],
  QueryCommand: ['dynamodb:Query'],
  ScanCommand: ['dynamodb:Scan'],
  PutCommand: ['dynamodb:PutItem'],
  PutItemCommand: ['dynamodb:PutItem'],
  UpdateCommand: ['dynamodb:UpdateItem'],
  UpdateItemCommand: ['dynamodb:UpdateItem'],
  DeleteCommand: ['dynamodb:DeleteItem'],
  DeleteItemCommand: ['dynamodb:DeleteItem'],
  BatchWriteCommand: ['dynamodb:BatchWriteItem'],
  BatchWriteItemCommand: ['dynamodb:BatchWriteItem'],
  // A transaction needs the action of each kind of part it holds (see transactionParts).
  TransactWriteCommand: [],
  TransactWriteItemsCommand: [],
  TransactGetCommand: ['dynamodb:GetItem'],
  TransactGetItemsCommand: ['dynamodb:GetItem'],
  DescribeTableCommand: ['dynamodb:DescribeTable'],
  GetObjectCommand: ['s3:GetObject'],
  PutObjectCommand: ['s3:PutObject'],
  DeleteObjectCommand: ['s3:DeleteObject'],
  // The current version of the source is read: no s3:GetObjectVersion.
  CopyObjectCommand: ['s3:GetObject', 's3:PutObject'],
  // Without ListBucket a missing object answers 403 instead of 404.
  HeadObjectCommand: ['s3:GetObject', 's3:ListBucket'],
  HeadBucketCommand: ['s3:ListBucket'],
  ListObjectsV2Command: ['s3:ListBucket'],
  SendEmailCommand: ['ses:SendEmail'],
  InvokeCommand: ['lambda:InvokeFunction'],
  SendMessageBatchCommand: ['sqs:SendMessage'],
  AdminCreateUserCommand: ['cognito-idp:AdminCreateUser'],
  AdminGetUserCommand: ['cognito-idp:AdminGetUser'],
  AdminDisableUserCommand: ['cognito-idp:AdminDisableUser'],
  AdminEnableUserCommand: ['cognito-idp:AdminEnableUser'],
  AdminUserGlobalSignOutCommand: ['cognito-idp:AdminUserGlobalSignOut'],
  paginateQuery: ['dynamodb:Query'],
  paginateScan: ['dynamodb:Scan'],
  paginateListObjectsV2: ['s3:ListBucket'],
};

/** Part kinds of a TransactWriteItems request and their actions. */
const transactionParts: Record<string, string> = {
  Put: 'dynamodb:PutItem',
  Update: 'dynamodb:UpdateItem',
  Delete: 'dynamodb:DeleteItem',
  ConditionCheck: 'dynamodb:ConditionCheckItem',
};

/** Commands only the local mode runs (creating the table and buckets), never on AWS. */
const localOnly = new Set([
  'CreateTableCommand',
  'UpdateTimeToLiveCommand',
  'DeleteTableCommand',
  'CreateBucketCommand',
  'PutBucketCorsCommand',
]);

export type TCodeActions = { actions: string[]; unknownCommands: string[] };

/**
 * The IAM actions the code of one Lambda entry calls: esbuild bundles the project code (tree-shaken,
 * packages left as imports), and each AWS SDK command still referenced in it is looked up above.
 */
export async function actionsCalledBy(entry: string): Promise<TCodeActions> {
  const result = await build({
    entryPoints: [entry],
    absWorkingDir: projectRoot,
    bundle: true,
    packages: 'external',
    write: false,
    platform: 'node',
    format: 'esm',
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]?.text ?? '';
  const sdkImport = /import\s*\{([^}]*)\}\s*from\s*"@aws-sdk\/[^"]+";?/g;
  const body = code.replace(sdkImport, '');
  const commands = [...code.matchAll(sdkImport)]
    .flatMap((match) => (match[1] ?? '').split(','))
    .map((specifier) => specifier.trim().split(/\s+as\s+/))
    .filter(
      ([imported = '', local = imported]) =>
        /Command$|^paginate/.test(imported) && new RegExp(`\\b${local}\\b`).test(body),
    )
    .map(([imported]) => imported ?? '');
  // A client loaded at its first use (`await import('@aws-sdk/client-s3')`, docs/ARCHITECTURE.md,
  // Lean Lambdas) brings its commands by destructuring: each one constructed counts.
  if (/import\(\s*"@aws-sdk\//.test(code)) {
    for (const [, command = ''] of body.matchAll(/\bnew\s+(\w+Command)\s*\(/g)) commands.push(command);
  }
  const called = [...new Set(commands)].filter((command) => !localOnly.has(command));
  const actions = called.flatMap((command) => actionsOfCommand[command] ?? []);
  if (called.some((command) => command.startsWith('TransactWrite'))) {
    for (const [part, action] of Object.entries(transactionParts)) {
      if (new RegExp(`\\b${part}:\\s*\\{`).test(body)) actions.push(action);
    }
  }
  return {
    actions: [...new Set(actions)].sort(),
    unknownCommands: called.filter((command) => !(command in actionsOfCommand)),
  };
}
