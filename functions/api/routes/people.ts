import * as z from 'zod';
import { ZActingAssignmentSchema, ZActingOrderSchema } from '../../../shared/model/acting.js';
import { ZNamedPersonSchema } from '../../../shared/model/named-person.js';
import { ZIdSchema, ZUserSchema } from '../../../shared/model/organisation.js';
import { appointActing, endActing, listActing } from '../../agency/acting-officials.js';
import { namePeople } from '../../agency/named-people.js';
import { setUserAccess } from '../../agency/set-user-access.js';
import type { AuthEnv } from '../auth.js';
import { fromRequest, routes } from '../route.js';
import { createRouter } from '../router.js';
import { jsonResponse, named, ZAgencyParamsSchema } from '../schemas/common.js';

const route = routes('settings');

const accessRoute = route.post('/agencies/{agencyId}/users/{userId}/{access}', {
  operationId: 'setUserAccess',
  summary:
    'Disables a user (their tokens stop working at once; on AWS their Cognito user is disabled and signed out) or enables them again',
  params: ZAgencyParamsSchema.extend({
    userId: ZUserSchema.shape.id,
    access: z.enum(['disable', 'enable']),
  }),
  body: z.object({ reason: z.string().trim().max(500).optional() }),
  response: { 200: jsonResponse(named(ZUserSchema, 'AgencyUser'), 'Saved') },
});

const ZActingViewSchema = named(ZActingAssignmentSchema, 'ActingAssignment');

const actingListRoute = route.get('/agencies/{agencyId}/acting', {
  operationId: 'listActing',
  summary: "The agency's acting officials (Plt./Plh.), past, present and coming, in the order they begin",
  params: ZAgencyParamsSchema,
  response: { 200: jsonResponse(z.object({ assignments: z.array(ZActingViewSchema) }), 'The assignments') },
});

const appointRoute = route.post('/agencies/{agencyId}/acting', {
  operationId: 'appointActing',
  summary:
    "Appoints an acting official for the head's duty (by the head or the region admin) or a division head's (by whoever gives that role), from one day to another",
  params: ZAgencyParamsSchema,
  body: ZActingOrderSchema,
  response: { 201: jsonResponse(ZActingViewSchema, 'Appointed') },
});

const endRoute = route.post('/agencies/{agencyId}/acting/{actingId}/end', {
  operationId: 'endActing',
  summary: 'Ends an acting appointment before its last day (or cancels one not yet begun)',
  params: ZAgencyParamsSchema.extend({ actingId: z.string().min(1).max(64) }),
  body: z.object({ reason: ZActingAssignmentSchema.shape.endReason }),
  response: { 200: jsonResponse(ZActingViewSchema, 'Ended') },
});

const peopleRoute = route.get('/agencies/{agencyId}/people', {
  operationId: 'namePeople',
  summary:
    "The people the agency's record names by id (who submitted, verified, acted), by name and where they stand now: here, moved to another agency of the region, or disabled",
  params: ZAgencyParamsSchema,
  query: z.object({
    ids: z
      .string()
      .transform((text) => text.split(',').filter(Boolean))
      .pipe(z.array(ZIdSchema).min(1).max(50)),
  }),
  response: {
    200: jsonResponse(z.object({ people: z.array(named(ZNamedPersonSchema, 'NamedPerson')) }), 'The people'),
  },
});

/** The agency's people beyond their profiles: who may sign in, who acts for whom, who the record names. */
export const peopleRoutes = createRouter<AuthEnv>()
  .openapi(accessRoute, async (c) => c.json(await setUserAccess(fromRequest(c)), 200))
  .openapi(actingListRoute, async (c) => c.json({ assignments: await listActing(fromRequest(c)) }, 200))
  .openapi(appointRoute, async (c) =>
    c.json(
      await appointActing({ user: c.get('user'), ...c.req.valid('param'), order: c.req.valid('json') }),
      201,
    ),
  )
  .openapi(endRoute, async (c) => c.json(await endActing(fromRequest(c)), 200))
  .openapi(peopleRoute, async (c) => c.json({ people: await namePeople(fromRequest(c)) }, 200));
