import * as z from 'zod';
import { ZBoardRowSchema } from '../../../shared/model/agency-summary.js';
import { ZYearSchema } from '../../../shared/model/agreement.js';
import {
  ZNewAgencySchema,
  ZRenameUnitSchema,
  ZRestructureSchema,
  ZTransferSchema,
} from '../../../shared/model/onboarding.js';
import {
  ZAgencySchema,
  ZIdSchema,
  ZRegionSchema,
  ZUnitSchema,
  ZUserProfileSchema,
  ZUserSchema,
} from '../../../shared/model/organisation.js';
import { createAgency } from '../../region/create-agency.js';
import { getRegionBoard } from '../../region/get-region-board.js';
import { listRegionsOf } from '../../region/list-regions.js';
import { renameUnit, restructureUnits } from '../../region/restructure-units.js';
import { transferUser } from '../../region/transfer-user.js';
import type { AuthEnv } from '../auth.js';
import { createRoute, createRouter } from '../router.js';
import {
  changeErrorResponses,
  errorResponses,
  jsonBody,
  jsonResponse,
  named,
  secured,
  ZAgencyParamsSchema,
} from '../schemas/common.js';

const ZUnitViewSchema = named(ZUnitSchema, 'Unit');

const regionsRoute = createRoute({
  operationId: 'listRegions',
  ...secured,
  method: 'get',
  path: '/regions',
  tags: ['region'],
  summary: 'The regions the user reads across (their own; every region for the system admin)',
  responses: {
    200: jsonResponse(z.object({ regions: z.array(named(ZRegionSchema, 'Region')) }), 'The regions'),
    ...errorResponses,
  },
});

const boardRoute = createRoute({
  operationId: 'getRegionBoard',
  ...secured,
  method: 'get',
  path: '/regions/{regionId}/years/{year}/board',
  tags: ['region'],
  summary:
    "The region's dashboard: every agency's quarters (state, completeness, timeliness, IKU bands, absorption), late and at-risk agencies first",
  request: {
    params: z.object({ regionId: ZIdSchema, year: z.coerce.number().pipe(ZYearSchema) }),
  },
  responses: {
    200: jsonResponse(
      z.object({ agencies: z.array(named(ZBoardRowSchema, 'RegionBoardRow')) }),
      "The region's agencies",
    ),
    ...errorResponses,
  },
});

const createAgencyRoute = createRoute({
  operationId: 'createAgency',
  ...secured,
  method: 'post',
  path: '/regions/{regionId}/agencies',
  tags: ['region'],
  summary:
    'The region admin (Bappeda) creates an agency with its units and appoints its head and planner, who are invited to sign in',
  request: { params: z.object({ regionId: ZIdSchema }), body: jsonBody(ZNewAgencySchema) },
  responses: {
    201: jsonResponse(
      z
        .object({
          agency: named(ZAgencySchema, 'Agency'),
          units: z.array(ZUnitViewSchema),
          users: z.array(named(ZUserProfileSchema, 'UserProfile')),
        })
        .meta({ id: 'CreatedAgency' }),
      'Created',
    ),
    ...changeErrorResponses,
  },
});

const restructureRoute = createRoute({
  operationId: 'restructureUnits',
  ...secured,
  method: 'post',
  path: '/agencies/{agencyId}/units',
  tags: ['region'],
  summary:
    'The region admin adds units from a year on, replacing (split or merged) the units named, which report last in the year before',
  request: { params: ZAgencyParamsSchema, body: jsonBody(ZRestructureSchema) },
  responses: {
    201: jsonResponse(z.object({ units: z.array(ZUnitViewSchema) }), 'Added'),
    ...changeErrorResponses,
  },
});

const renameRoute = createRoute({
  operationId: 'renameUnit',
  ...secured,
  method: 'post',
  path: '/agencies/{agencyId}/units/{unitId}/rename',
  tags: ['region'],
  summary: 'The region admin renames a unit from a year on; earlier years keep its former name',
  request: { params: ZAgencyParamsSchema.extend({ unitId: ZIdSchema }), body: jsonBody(ZRenameUnitSchema) },
  responses: { 200: jsonResponse(ZUnitViewSchema, 'Renamed'), ...changeErrorResponses },
});

const transferRoute = createRoute({
  operationId: 'transferUser',
  ...secured,
  method: 'post',
  path: '/users/{userId}/transfer',
  tags: ['region'],
  summary: 'The region admin moves a person to another agency of the region, with their roles and unit there',
  request: { params: z.object({ userId: ZIdSchema }), body: jsonBody(ZTransferSchema) },
  responses: { 200: jsonResponse(named(ZUserSchema, 'TransferredUser'), 'Moved'), ...changeErrorResponses },
});

/** The region's own work: its agencies created and restructured, people moved between them. */
export const regionRoutes = createRouter<AuthEnv>()
  .openapi(regionsRoute, async (c) => c.json({ regions: await listRegionsOf(c.get('user')) }, 200))
  .openapi(boardRoute, async (c) =>
    c.json({ agencies: await getRegionBoard({ user: c.get('user'), ...c.req.valid('param') }) }, 200),
  )
  .openapi(createAgencyRoute, async (c) =>
    c.json(
      await createAgency({ user: c.get('user'), ...c.req.valid('param'), entry: c.req.valid('json') }),
      201,
    ),
  )
  .openapi(restructureRoute, async (c) =>
    c.json(
      {
        units: await restructureUnits({
          user: c.get('user'),
          ...c.req.valid('param'),
          entry: c.req.valid('json'),
        }),
      },
      201,
    ),
  )
  .openapi(renameRoute, async (c) =>
    c.json(
      await renameUnit({ user: c.get('user'), ...c.req.valid('param'), entry: c.req.valid('json') }),
      200,
    ),
  )
  .openapi(transferRoute, async (c) =>
    c.json(
      await transferUser({ user: c.get('user'), ...c.req.valid('param'), entry: c.req.valid('json') }),
      200,
    ),
  );
