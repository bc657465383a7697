import { createRoute, z } from '@hono/zod-openapi';
import { AppError } from '../../../shared/app-error.js';
import { config } from '../../config.js';
import { listOutboxFolder } from '../../email/outbox-folder.js';
import { say } from '../../language.js';
import { runReminderSweep, ZSweepPayloadSchema } from '../../reminders/run-sweep.js';
import { createRouter } from '../router.js';
import { jsonBody, jsonResponse } from '../schemas/common.js';

/** Local mode's tools: the outbox folder and a reminder sweep on demand. Absent on AWS. */
function localOutbox(): string {
  if (!config.MAIL_OUTBOX_DIR)
    throw new AppError('NOT_FOUND', say({ id: 'Hanya di mode lokal', en: 'Local mode only' }));
  return config.MAIL_OUTBOX_DIR;
}

const outboxRoute = createRoute({
  method: 'get',
  path: '/dev/outbox',
  tags: ['local'],
  summary: 'Local mode only: the emails written to the outbox folder, newest first',
  responses: {
    200: jsonResponse(
      z.object({
        messages: z.array(
          z.object({
            id: z.string(),
            to: z.array(z.string()),
            cc: z.array(z.string()).optional(),
            subject: z.string(),
            from: z.string(),
            sentAt: z.string(),
            text: z.string(),
            html: z.string(),
          }),
        ),
      }),
      'The emails',
    ),
  },
});

const sweepRoute = createRoute({
  method: 'post',
  path: '/dev/reminders/sweep',
  tags: ['local'],
  summary: 'Local mode only: run one reminder sweep as of a moment (default now)',
  request: { body: jsonBody(ZSweepPayloadSchema) },
  responses: {
    200: jsonResponse(
      z.object({ quarters: z.int(), planned: z.int(), sent: z.int(), alreadySent: z.int(), failed: z.int() }),
      'What the sweep did',
    ),
  },
});

export const devRoutes = createRouter()
  .openapi(outboxRoute, async (c) => c.json({ messages: await listOutboxFolder(localOutbox()) }, 200))
  .openapi(sweepRoute, async (c) => {
    localOutbox();
    return c.json(await runReminderSweep(c.req.valid('json').at ?? new Date().toISOString()), 200);
  });
