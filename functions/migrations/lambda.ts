import { dynamodb, tableName } from '../db/client.js';
import { log, withLogFields } from '../log.js';
import { runMigrations } from './run-migrations.js';

/**
 * Called by the deploy (infra/constructs/migrations.ts) once the functions run the new code:
 * brings the table's items to the key design that code reads. A throw fails the deploy, which
 * rolls back; what was migrated stays (every migration is safe to run again).
 */
export const handler = async (_event: unknown, context?: { awsRequestId?: string }) =>
  withLogFields({ requestId: context?.awsRequestId }, async () => {
    const run = await runMigrations(dynamodb, tableName);
    log.info('table migrated', { table: tableName, ...run });
    return run;
  });
