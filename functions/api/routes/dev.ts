import * as z from 'zod';
import { AppError } from '../../../shared/app-error.js';
import { t } from '../../../shared/i18n.js';
import { apiMessages } from '../../../shared/messages/api.js';
import { config } from '../../config.js';
import { listOutboxFolder } from '../../email/outbox-folder.js';
import { createRoute, createRouter } from '../router.js';
import {
  jsonResponse,
  secured,
  serviceResponses,
  unauthenticatedResponse,
  ZErrorBodySchema,
} from '../schemas/common.js';

/** Local mode's tool: the outbox folder, to signed-in users (its emails name people). Absent on AWS. */
function localOutbox(): string {
  if (!config.MAIL_OUTBOX_DIR) throw new AppError('NOT_FOUND', t(apiMessages).localModeOnly);
  return config.MAIL_OUTBOX_DIR;
}

const outboxRoute = createRoute({
  operationId: 'listOutboxEmails',
  ...secured,
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
    ...unauthenticatedResponse,
    404: jsonResponse(ZErrorBodySchema, 'Not in local mode: emails are sent through SES'),
    ...serviceResponses,
  },
});

export const devRoutes = createRouter().openapi(outboxRoute, async (c) =>
  c.json({ messages: await listOutboxFolder(localOutbox()) }, 200),
);
