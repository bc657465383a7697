import * as z from 'zod';
import { ZYearSchema } from '../../../shared/model/agreement.js';
import { ZIdSchema } from '../../../shared/model/organisation.js';
import { ZQuarterSchema } from '../../../shared/model/quarter.js';
import { authenticate } from '../auth.js';

/** Path parameters shared by the agency routes. */
export const ZAgencyParamsSchema = z.object({ agencyId: ZIdSchema });
export const ZYearParamsSchema = z.object({ agencyId: ZIdSchema, year: z.coerce.number().pipe(ZYearSchema) });

export const ZQuarterParamsSchema = ZYearParamsSchema.extend({
  quarter: z.coerce.number().pipe(ZQuarterSchema),
});
export const ZPartParamsSchema = ZQuarterParamsSchema.extend({ unitId: ZIdSchema });

/** Path parameters shared by the region routes. */
export const ZRegionParamsSchema = z.object({ regionId: ZIdSchema });
export const ZRegionYearParamsSchema = ZRegionParamsSchema.extend({
  year: z.coerce.number().pipe(ZYearSchema),
});

/** The quarters of an agency's year, and one unit's part of a quarter. */
export const quartersPath = '/agencies/{agencyId}/years/{year}/quarters';
export const partPath = `${quartersPath}/{quarter}/parts/{unitId}`;

/** `?quarter=2&unitId=…`: figures up to a quarter, for one unit. */
export const ZTableQuerySchema = z.object({
  quarter: z.coerce.number().pipe(ZQuarterSchema).optional(),
  unitId: ZIdSchema.optional(),
});

/** The body of every error answer (see errors.ts). */
export const ZErrorBodySchema = z
  .object({
    error: z.object({
      code: z.string(),
      message: z.string(),
      issues: z.array(z.object({ path: z.string(), message: z.string() })),
      details: z.record(z.string(), z.unknown()),
    }),
  })
  .meta({ id: 'Error' });

/** A JSON response of the OpenAPI document. */
export const jsonResponse = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});

const ZThrottledSchema = z.object({ message: z.string() }).meta({ id: 'Throttled' });

/** What any route may answer whoever asks: the stage's rate limit on AWS, and a dependency down. */
export const serviceResponses = {
  429: jsonResponse(ZThrottledSchema, "Too many requests: the API's rate limit on AWS; try again shortly"),
  503: jsonResponse(
    ZErrorBodySchema,
    'The database or the file storage did not answer in time; try again after Retry-After seconds. A change may still have been applied: retried at the same revision, it answers 409 with the current state',
  ),
} as const;

/** A field-level 400. */
export const invalidInputResponse = {
  400: jsonResponse(ZErrorBodySchema, 'Invalid input: every bad field named'),
};

/** A 401: no token, or one that is expired or forged. */
export const unauthenticatedResponse = {
  401: jsonResponse(ZErrorBodySchema, 'Not signed in, or the session has ended'),
};

/** The error answers every authenticated route may give. */
export const errorResponses = {
  ...invalidInputResponse,
  ...unauthenticatedResponse,
  403: jsonResponse(ZErrorBodySchema, 'Not allowed: the role, unit or agency does not permit it'),
  404: jsonResponse(ZErrorBodySchema, 'Not found'),
  ...serviceResponses,
} as const;

/** The error answers of a route that changes something. */
export const changeErrorResponses = {
  ...errorResponses,
  409: jsonResponse(ZErrorBodySchema, 'Stale revision or illegal transition; carries the current state'),
  413: jsonResponse(
    ZErrorBodySchema,
    'The request body is over 1 MB, or what it holds is too large to store (an item over DynamoDB’s 400 KB)',
  ),
  423: jsonResponse(ZErrorBodySchema, 'The quarter is signed off (locked)'),
} as const;

/** A JSON request body, required. */
export const jsonBody = <T extends z.ZodType>(schema: T) => ({
  required: true,
  content: { 'application/json': { schema } },
});

/** Route options of every route that needs a signed-in user: the bearer token (see app.ts). */
export const secured = { security: [{ bearer: [] }], middleware: authenticate };

/** Route options of a route anyone may call, said explicitly so the document shows it. */
export const publicRoute = { security: [] };

/**
 * A domain schema from shared/ under a component name of the OpenAPI document: a copy of its
 * shape, so the name stays off the shared schema where shared/ uses it (responses are documented,
 * not parsed).
 */
export const named = <T extends z.ZodRawShape>(schema: z.ZodObject<T>, name: string) =>
  z.object(schema.shape).meta({ id: name });

/** A union from shared/ (an agency's or a region's) under a component name, as `named` does an object. */
export const namedUnion = <T extends readonly [z.ZodObject, ...z.ZodObject[]]>(
  schema: z.ZodUnion<T>,
  name: string,
) => z.union(schema.options).meta({ id: name });
