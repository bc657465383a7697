import * as z from 'zod';
import { ZAppointablePersonSchema } from '../../../shared/model/acting.js';
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
import { ZPackedBoardSchema } from '../../../shared/model/packed-board.js';
import { ZQuarterSchema } from '../../../shared/model/quarter.js';
import { ZRegionReportFileRecordSchema } from '../../../shared/model/region-report-file.js';
import { ZNameSchema } from '../../../shared/model/text.js';
import { getRegionTimeline } from '../../audit/get-timeline.js';
import { createAgency } from '../../region/create-agency.js';
import { getRegionBoard } from '../../region/get-region-board.js';
import { listRegionPeople } from '../../region/list-region-people.js';
import { listRegionsOf } from '../../region/list-regions.js';
import {
  listRegionReports,
  regenerateRegionReports,
  regionReportDownloadUrl,
} from '../../region/region-reports.js';
import { renameUnit, restructureUnits } from '../../region/restructure-units.js';
import { transferUser } from '../../region/transfer-user.js';
import { type AuthEnv, authenticateAlongside } from '../auth.js';
import { fromRequest, routes } from '../route.js';
import { createRouter } from '../router.js';
import {
  jsonResponse,
  named,
  ZAgencyParamsSchema,
  ZRegionParamsSchema,
  ZRegionYearParamsSchema,
} from '../schemas/common.js';
import { ZTimelinePageSchema, ZTimelineQuerySchema } from '../schemas/timeline-page.js';

const ZUnitViewSchema = named(ZUnitSchema, 'Unit');

const route = routes('region');

const regionsRoute = route.get('/regions', {
  operationId: 'listRegions',
  summary: 'The regions the user reads across (their own; every region for the system admin)',
  response: {
    200: jsonResponse(z.object({ regions: z.array(named(ZRegionSchema, 'Region')) }), 'The regions'),
  },
});

const boardRoute = {
  ...route.get('/regions/{regionId}/years/{year}/board', {
    operationId: 'getRegionBoard',
    summary:
      "The region's dashboard: every agency's quarters (state, completeness, timeliness, IKU bands, absorption), late and at-risk agencies first; each quarter's figures packed in a fixed order and each band named once (shared/model/packed-board.ts)",
    params: ZRegionYearParamsSchema,
    response: {
      200: jsonResponse(named(ZPackedBoardSchema, 'RegionBoard'), "The region's agencies"),
    },
  }),
  // The user's record and the region's summaries read at once (get-region-board.ts).
  middleware: authenticateAlongside,
};

const regionReportsRoute = route.get('/regions/{regionId}/years/{year}/reports', {
  operationId: 'listRegionReportFiles',
  summary:
    "The region's files compiled from its agencies' accepted quarters (Tabel E.81, the performance tables): the newest of each quarter, kind and format",
  params: ZRegionYearParamsSchema,
  response: {
    200: jsonResponse(
      z.object({
        files: z.array(named(ZRegionReportFileRecordSchema.extend({ id: z.string() }), 'RegionReportFile')),
      }),
      'The files',
    ),
  },
});

const regionReportDownloadRoute = route.get('/regions/{regionId}/years/{year}/reports/{fileId}/download', {
  operationId: 'getRegionReportDownloadUrl',
  summary: "A 5-minute download URL of one of the region's compiled files",
  params: ZRegionYearParamsSchema.extend({ fileId: z.string().min(1).max(300) }),
  response: { 200: jsonResponse(z.object({ url: z.string() }), 'The URL') },
});

const regenerateRegionReportsRoute = route.post('/regions/{regionId}/years/{year}/reports/regenerate', {
  operationId: 'regenerateRegionReports',
  summary:
    "The Bappeda asks for the region's files of a quarter again in a language (English); compiled in the background",
  params: ZRegionYearParamsSchema,
  body: z.object({ quarter: ZQuarterSchema, locale: z.enum(['id', 'en']), reason: ZNameSchema(500) }),
  response: { 202: jsonResponse(z.object({ requestedAt: z.string() }), 'Queued') },
});

const regionAuditRoute = route.get('/regions/{regionId}/years/{year}/audit', {
  operationId: 'getRegionTimeline',
  tag: 'audit',
  summary:
    "A page of the region's own record of a year, newest first: its files asked for in another language (who, when, why), its failed events retried",
  params: ZRegionYearParamsSchema,
  query: ZTimelineQuerySchema,
  response: { 200: jsonResponse(ZTimelinePageSchema, 'The events') },
});

const createAgencyRoute = route.post('/regions/{regionId}/agencies', {
  operationId: 'createAgency',
  summary:
    'The region admin (Bappeda) creates an agency with its units and appoints its head and planner, who are invited to sign in',
  params: ZRegionParamsSchema,
  body: ZNewAgencySchema,
  response: {
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
  },
});

const restructureRoute = route.post('/agencies/{agencyId}/units', {
  operationId: 'restructureUnits',
  summary:
    'The region admin adds units from a year on, replacing (split or merged) the units named, which report last in the year before',
  params: ZAgencyParamsSchema,
  body: ZRestructureSchema,
  response: { 201: jsonResponse(z.object({ units: z.array(ZUnitViewSchema) }), 'Added') },
});

const renameRoute = route.post('/agencies/{agencyId}/units/{unitId}/rename', {
  operationId: 'renameUnit',
  summary: 'The region admin renames a unit from a year on; earlier years keep its former name',
  params: ZAgencyParamsSchema.extend({ unitId: ZIdSchema }),
  body: ZRenameUnitSchema,
  response: { 200: jsonResponse(ZUnitViewSchema, 'Renamed') },
});

const regionPeopleRoute = route.get('/regions/{regionId}/people', {
  operationId: 'listRegionPeople',
  summary:
    'The active people of every agency of the region, by agency: whom the region admin may appoint an acting head from',
  params: ZRegionParamsSchema,
  response: {
    200: jsonResponse(
      z.object({
        agencies: z.array(
          z.object({
            agencyId: ZIdSchema,
            shortName: z.string(),
            users: z.array(named(ZAppointablePersonSchema, 'AppointablePerson')),
          }),
        ),
      }),
      'The people, by agency',
    ),
  },
});

const transferRoute = route.post('/users/{userId}/transfer', {
  operationId: 'transferUser',
  summary: 'The region admin moves a person to another agency of the region, with their roles and unit there',
  params: z.object({ userId: ZIdSchema }),
  body: ZTransferSchema,
  response: { 200: jsonResponse(named(ZUserSchema, 'TransferredUser'), 'Moved') },
});

/** The region's own work: its agencies created and restructured, people moved between them. */
export const regionRoutes = createRouter<AuthEnv>()
  .openapi(regionsRoute, async (c) => c.json({ regions: await listRegionsOf(c.get('user')) }, 200))
  .openapi(boardRoute, async (c) =>
    c.json(await getRegionBoard({ ...c.req.valid('param'), user: c.var.signingIn }), 200),
  )
  .openapi(regionReportsRoute, async (c) => c.json({ files: await listRegionReports(fromRequest(c)) }, 200))
  .openapi(regionReportDownloadRoute, async (c) => c.json(await regionReportDownloadUrl(fromRequest(c)), 200))
  .openapi(regenerateRegionReportsRoute, async (c) =>
    c.json(await regenerateRegionReports(fromRequest(c)), 202),
  )
  .openapi(regionAuditRoute, async (c) => c.json(await getRegionTimeline(fromRequest(c)), 200))
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
  .openapi(regionPeopleRoute, async (c) => c.json({ agencies: await listRegionPeople(fromRequest(c)) }, 200))
  .openapi(transferRoute, async (c) =>
    c.json(
      await transferUser({ user: c.get('user'), ...c.req.valid('param'), entry: c.req.valid('json') }),
      200,
    ),
  );
