import * as z from 'zod';
import { AppError } from '../../../shared/app-error.js';
import { t } from '../../../shared/i18n.js';
import { apiMessages } from '../../../shared/messages/api.js';
import { ZActingCapacitySchema } from '../../../shared/model/acting.js';
import { ZIdSchema, ZUserSchema } from '../../../shared/model/organisation.js';
import { updatePreferences } from '../../agency/update-preferences.js';
import { issueLocalToken } from '../../auth/tokens.js';
import { config } from '../../config.js';
import { getUser, listAllUsers } from '../../db/organisation.js';
import type { AuthEnv } from '../auth.js';
import { createRoute, createRouter } from '../router.js';
import {
  invalidInputResponse,
  jsonResponse,
  named,
  publicRoute,
  secured,
  serviceResponses,
  unauthenticatedResponse,
  ZErrorBodySchema,
} from '../schemas/common.js';

const ZUserViewSchema = named(ZUserSchema, 'User');
const localOnly = {
  404: jsonResponse(ZErrorBodySchema, 'Not in local mode: there is no development sign-in'),
};

function requireDevSignIn() {
  if (config.AUTH_MODE !== 'local') throw new AppError('NOT_FOUND', t(apiMessages).notFound);
}

const devUsersRoute = createRoute({
  operationId: 'listSignInUsers',
  ...secured,
  method: 'get',
  path: '/dev/users',
  tags: ['session'],
  summary: 'Development sign-in: every user, to switch to another (local mode only; signed in)',
  responses: {
    200: jsonResponse(z.object({ users: z.array(ZUserViewSchema) }), 'The users'),
    ...unauthenticatedResponse,
    ...localOnly,
    ...serviceResponses,
  },
});

const devSignInRoute = createRoute({
  operationId: 'signInForDevelopment',
  ...publicRoute,
  method: 'post',
  path: '/dev/sign-in',
  tags: ['session'],
  summary: 'Development sign-in: a token with the claims Cognito would issue (local mode only)',
  request: {
    body: {
      required: true,
      content: { 'application/json': { schema: z.object({ userId: z.string().min(1) }) } },
    },
  },
  responses: {
    200: jsonResponse(z.object({ token: z.string(), user: ZUserViewSchema }), 'Signed in'),
    ...invalidInputResponse,
    404: jsonResponse(ZErrorBodySchema, 'No user has this id, or not in local mode'),
    ...serviceResponses,
  },
});

const meRoute = createRoute({
  operationId: 'getMe',
  method: 'get',
  path: '/me',
  tags: ['session'],
  summary: 'The signed-in user, and the duties they carry today as an acting official (Plt./Plh.)',
  ...secured,
  responses: {
    200: jsonResponse(
      z.object({
        user: ZUserViewSchema,
        acting: z.array(named(ZActingCapacitySchema.extend({ agencyId: ZIdSchema }), 'ActingDuty')),
      }),
      'The signed-in user',
    ),
    ...unauthenticatedResponse,
    ...serviceResponses,
  },
});

const clientConfigRoute = createRoute({
  operationId: 'getSignInConfig',
  ...publicRoute,
  method: 'get',
  path: '/config',
  tags: ['session'],
  summary: 'How the web app signs in here: development sign-in (local) or the Cognito hosted sign-in',
  responses: {
    200: jsonResponse(
      z.object({
        authMode: z.enum(['local', 'cognito']),
        cognito: z.object({ domain: z.string(), clientId: z.string() }).nullable(),
        /** Local mode's tools (the outbox page) are available. */
        localTools: z.boolean(),
      }),
      'The sign-in settings',
    ),
    429: serviceResponses[429],
  },
});

const preferencesRoute = createRoute({
  operationId: 'savePreferences',
  ...secured,
  method: 'put',
  path: '/me',
  tags: ['session'],
  summary: "The signed-in user's own choices: language, and whether deadline reminders come",
  request: {
    body: {
      required: true,
      content: {
        'application/json': { schema: ZUserSchema.pick({ locale: true, remindersOff: true }).partial() },
      },
    },
  },
  responses: {
    200: jsonResponse(z.object({ user: ZUserViewSchema }), 'Saved'),
    ...invalidInputResponse,
    ...unauthenticatedResponse,
    ...serviceResponses,
  },
});

export const sessionRoutes = createRouter<AuthEnv>()
  .openapi(clientConfigRoute, (c) =>
    c.json(
      {
        authMode: config.AUTH_MODE,
        cognito:
          config.AUTH_MODE === 'cognito' && config.COGNITO_DOMAIN && config.COGNITO_CLIENT_ID
            ? { domain: config.COGNITO_DOMAIN, clientId: config.COGNITO_CLIENT_ID }
            : null,
        localTools: config.MAIL_OUTBOX_DIR !== undefined,
      },
      200,
    ),
  )
  .openapi(devUsersRoute, async (c) => {
    requireDevSignIn();
    return c.json({ users: await listAllUsers() }, 200);
  })
  .openapi(devSignInRoute, async (c) => {
    requireDevSignIn();
    const user = await getUser(c.req.valid('json').userId);
    if (!user)
      throw new AppError('NOT_FOUND', t(apiMessages).userNotFound, {
        issues: [
          {
            path: 'userId',
            message: t(apiMessages).noUserWithId,
          },
        ],
      });
    if (user.disabled) throw new AppError('FORBIDDEN', t(apiMessages).thisAccountDisabled);
    return c.json({ token: await issueLocalToken(user), user }, 200);
  })
  .openapi(meRoute, (c) => {
    const { acting = [], appointments, ...user } = c.get('user');
    return c.json({ user, acting: [...acting] }, 200);
  })
  .openapi(preferencesRoute, async (c) => {
    return c.json({ user: await updatePreferences(c.get('user'), c.req.valid('json')) }, 200);
  });
