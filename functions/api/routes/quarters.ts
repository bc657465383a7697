import * as z from 'zod';
import { ZIdSchema } from '../../../shared/model/organisation.js';
import { ZQuarterPartContentSchema } from '../../../shared/model/realisation.js';
import {
  ZPartRecordSchema,
  ZQuarterRecordSchema,
  ZReviewCommentsSchema,
} from '../../../shared/model/records.js';
import { ZFreeTextSchema } from '../../../shared/model/text.js';
import { ZSheetProblemSchema, ZUnitFillSchema } from '../../../shared/quarter-sheet/part-fill.js';
import { ZWorkbookUploadSchema } from '../../../shared/workbook/upload-request.js';
import { getTimeline } from '../../audit/get-timeline.js';
import { entrySheetUrl } from '../../quarter/entry-sheet-url.js';
import { checkPartsFromWorkbook, fillPartsFromWorkbook } from '../../quarter/fill-parts-from-sheets.js';
import { getPart, listQuarters } from '../../quarter/list-quarters.js';
import { savePart } from '../../quarter/save-part.js';
import { transitionPart } from '../../quarter/transition-part.js';
import { transitionQuarter } from '../../quarter/transition-quarter.js';
import type { AuthEnv } from '../auth.js';
import { fromRequest, routes } from '../route.js';
import { createRouter } from '../router.js';
import {
  jsonResponse,
  named,
  partPath,
  quartersPath,
  ZPartParamsSchema,
  ZQuarterParamsSchema,
  ZYearParamsSchema,
} from '../schemas/common.js';
import { ZTimelinePageSchema, ZTimelineQuerySchema } from '../schemas/timeline-page.js';

const ZPartViewSchema = named(ZPartRecordSchema, 'Part');
const ZQuarterViewSchema = named(ZQuarterRecordSchema, 'Quarter');
const ZPartTransitionParamsSchema = ZPartParamsSchema.extend({
  transition: z.enum(['submit', 'withdraw', 'verify', 'return', 'head-return']),
});
const ZQuarterTransitionParamsSchema = ZQuarterParamsSchema.extend({
  transition: z.enum(['sign-off', 'reopen', 'accept', 'send-back']),
});
const ZPartEntrySchema = ZQuarterPartContentSchema.pick({
  realisations: true,
  budget: true,
  narratives: true,
}).partial();

const route = routes('quarters');

const listRoute = route.get(quartersPath, {
  operationId: 'listQuarters',
  summary: "The year's quarters with due dates and each unit's part and state",
  params: ZYearParamsSchema,
  response: {
    200: jsonResponse(
      z.object({
        quarters: z.array(
          named(
            ZQuarterRecordSchema.extend({ readyForSignOff: z.boolean(), parts: z.array(ZPartViewSchema) }),
            'QuarterWithParts',
          ),
        ),
      }),
      'The quarters',
    ),
  },
});

const getPartRoute = route.get(partPath, {
  operationId: 'getPart',
  summary: "A unit's part of a quarter",
  params: ZPartParamsSchema,
  response: {
    200: jsonResponse(
      z.object({ part: ZPartViewSchema, quarter: ZQuarterViewSchema, agreementVersion: z.int() }),
      'The part',
    ),
  },
});

const savePartRoute = route.put(partPath, {
  operationId: 'savePart',
  summary: "Save the draft of a unit's part (partially if need be)",
  params: ZPartParamsSchema,
  body: z.object({ revision: z.int().min(1), entry: ZPartEntrySchema }),
  response: { 200: jsonResponse(ZPartViewSchema, 'Saved') },
});

const fillPartsRoute = route.post(`${quartersPath}/{quarter}/parts`, {
  operationId: 'fillPartsFromWorkbook',
  summary:
    "Fill drafts from an uploaded entry sheet: a division head's own part (unitId), or every unit's the sheet names for the planner; a cell that cannot be taken in refuses the file, nothing is submitted",
  params: ZQuarterParamsSchema,
  body: ZWorkbookUploadSchema.extend({
    unitId: ZIdSchema.optional(),
    revisions: z.record(ZIdSchema, z.int().min(1)).optional(),
  }),
  response: { 200: jsonResponse(z.object({ parts: z.array(ZPartViewSchema) }), 'The drafts filled') },
});

const checkPartsRoute = route.post(`${quartersPath}/{quarter}/parts/check`, {
  operationId: 'checkPartsFromWorkbook',
  summary:
    "What filling drafts from an uploaded entry sheet would do, nothing stored: the cells that cannot be taken in (the first 100, and how many in all), and per unit its part's state and revision and each row filled, before and after (send the revisions back with the fill)",
  params: ZQuarterParamsSchema,
  body: ZWorkbookUploadSchema.extend({ unitId: ZIdSchema.optional() }),
  response: {
    200: jsonResponse(
      z.object({
        problems: z.array(ZSheetProblemSchema),
        problemCount: z.int().min(0),
        units: z.array(named(ZUnitFillSchema, 'UnitFill')),
      }),
      'The check',
    ),
  },
});

const entrySheetRoute = route.get(`${quartersPath}/{quarter}/entry-sheet`, {
  operationId: 'getEntrySheet',
  summary:
    "A 5-minute link to the quarter's entry sheet as XLSX, the drafts' figures in: a division head's own unit (unitId), or every unit for the planner's whole quarter",
  params: ZQuarterParamsSchema,
  query: z.object({ unitId: ZIdSchema.optional() }),
  response: { 200: jsonResponse(z.object({ url: z.string() }), 'The link') },
});

const partTransitionRoute = route.post(`${partPath}/{transition}`, {
  operationId: 'transitionPart',
  summary: 'Submit, withdraw, verify or return a part; the head returns a verified part with head-return',
  params: ZPartTransitionParamsSchema,
  body: z.object({ revision: z.int().min(1), review: ZReviewCommentsSchema.partial().optional() }),
  response: { 200: jsonResponse(ZPartViewSchema, 'Moved') },
});

const quarterTransitionRoute = route.post(`${quartersPath}/{quarter}/{transition}`, {
  operationId: 'transitionQuarter',
  summary:
    "The head signs off a quarter (every part verified) or reopens it with a reason; the region's Bappeda accepts a signed-off quarter or sends it back with a reason",
  params: ZQuarterTransitionParamsSchema,
  body: z.object({ revision: z.int().min(1), reason: ZFreeTextSchema(4000).optional() }),
  response: { 200: jsonResponse(ZQuarterViewSchema, 'Moved') },
});

const quarterAuditRoute = route.get(`${quartersPath}/{quarter}/audit`, {
  operationId: 'getQuarterTimeline',
  tag: 'audit',
  summary: "A page of a quarter's audit timeline, its parts' events included, newest first",
  params: ZQuarterParamsSchema,
  query: ZTimelineQuerySchema,
  response: { 200: jsonResponse(ZTimelinePageSchema, 'The events') },
});

const partAuditRoute = route.get(`${partPath}/audit`, {
  operationId: 'getPartTimeline',
  tag: 'audit',
  summary: "A page of a part's audit timeline, newest first",
  params: ZPartParamsSchema,
  query: ZTimelineQuerySchema,
  response: { 200: jsonResponse(ZTimelinePageSchema, 'The events') },
});

export const quarterRoutes = createRouter<AuthEnv>()
  .openapi(listRoute, async (c) => c.json({ quarters: await listQuarters(fromRequest(c)) }, 200))
  .openapi(getPartRoute, async (c) => c.json(await getPart(fromRequest(c)), 200))
  .openapi(savePartRoute, async (c) => {
    const { revision, entry } = c.req.valid('json');
    return c.json(await savePart({ user: c.get('user'), ...c.req.valid('param'), revision, entry }), 200);
  })
  .openapi(fillPartsRoute, async (c) =>
    c.json(
      {
        parts: await fillPartsFromWorkbook({
          user: c.get('user'),
          ...c.req.valid('param'),
          ...c.req.valid('json'),
        }),
      },
      200,
    ),
  )
  .openapi(checkPartsRoute, async (c) => c.json(await checkPartsFromWorkbook(fromRequest(c)), 200))
  .openapi(entrySheetRoute, async (c) => c.json(await entrySheetUrl(fromRequest(c)), 200))
  .openapi(partTransitionRoute, async (c) => {
    const { transition, ...params } = c.req.valid('param');
    const name = transition === 'head-return' ? 'headReturn' : transition;
    return c.json(
      await transitionPart({ user: c.get('user'), ...params, ...c.req.valid('json'), transition: name }),
      200,
    );
  })
  .openapi(quarterTransitionRoute, async (c) => {
    const { transition, ...params } = c.req.valid('param');
    const name = transition === 'sign-off' ? 'signOff' : transition === 'send-back' ? 'sendBack' : transition;
    return c.json(
      await transitionQuarter({ user: c.get('user'), ...params, ...c.req.valid('json'), transition: name }),
      200,
    );
  })
  .openapi(quarterAuditRoute, async (c) => {
    const { quarter, ...params } = c.req.valid('param');
    const { cursor } = c.req.valid('query');
    return c.json(
      await getTimeline({ user: c.get('user'), ...params, cursor, subject: { kind: 'quarter', quarter } }),
      200,
    );
  })
  .openapi(partAuditRoute, async (c) => {
    const { quarter, unitId, ...params } = c.req.valid('param');
    const { cursor } = c.req.valid('query');
    const subject = { kind: 'part', quarter, unitId } as const;
    return c.json(await getTimeline({ user: c.get('user'), ...params, cursor, subject }), 200);
  });
