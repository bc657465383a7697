import { createRoute, z } from '@hono/zod-openapi';
import { AppError } from '../../../shared/app-error.js';
import { ZUserSchema } from '../../../shared/model/organisation.js';
import { updatePreferences } from '../../agency/update-preferences.js';
import { issueLocalToken } from '../../auth/tokens.js';
import { config } from '../../config.js';
import { getUser, listAllUsers } from '../../db/organisation.js';
import { say } from '../../language.js';
import type { AuthEnv } from '../auth.js';
import { createRouter } from '../router.js';
import { named, secured } from '../schemas/common.js';

const ZUserViewSchema = named(ZUserSchema, 'User');
const json = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});

function requireDevSignIn() {
  if (config.AUTH_MODE !== 'local')
    throw new AppError('NOT_FOUND', say({ id: 'Tidak ditemukan', en: 'Not found' }));
}

const devUsersRoute = createRoute({
  ...secured,
  method: 'get',
  path: '/dev/users',
  tags: ['session'],
  summary: 'Development sign-in: every user, to switch to another (local mode only; signed in)',
  responses: { 200: json(z.object({ users: z.array(ZUserViewSchema) }), 'The users') },
});

const devSignInRoute = createRoute({
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
  responses: { 200: json(z.object({ token: z.string(), user: ZUserViewSchema }), 'Signed in') },
});

const meRoute = createRoute({
  method: 'get',
  path: '/me',
  tags: ['session'],
  summary: 'The signed-in user',
  ...secured,
  responses: { 200: json(z.object({ user: ZUserViewSchema }), 'The signed-in user') },
});

const clientConfigRoute = createRoute({
  method: 'get',
  path: '/config',
  tags: ['session'],
  summary: 'How the web app signs in here: development sign-in (local) or the Cognito hosted sign-in',
  responses: {
    200: json(
      z.object({
        authMode: z.enum(['local', 'cognito']),
        cognito: z.object({ domain: z.string(), clientId: z.string() }).nullable(),
        /** Local mode's tools (the outbox page) are available. */
        localTools: z.boolean(),
      }),
      'The sign-in settings',
    ),
  },
});

const preferencesRoute = createRoute({
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
  responses: { 200: json(z.object({ user: ZUserViewSchema }), 'Saved') },
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
      throw new AppError('NOT_FOUND', say({ id: 'Pengguna tidak ditemukan', en: 'User not found' }), {
        issues: [
          {
            path: 'userId',
            message: say({ id: 'tidak ada pengguna dengan id ini', en: 'no user has this id' }),
          },
        ],
      });
    if (user.disabled)
      throw new AppError('FORBIDDEN', say({ id: 'Akun ini dinonaktifkan', en: 'This account is disabled' }));
    return c.json({ token: await issueLocalToken(user), user }, 200);
  })
  .openapi(meRoute, (c) => c.json({ user: c.get('user') }, 200))
  .openapi(preferencesRoute, async (c) => {
    return c.json({ user: await updatePreferences(c.get('user'), c.req.valid('json')) }, 200);
  });
