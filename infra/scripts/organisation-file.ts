import * as z from 'zod';
import { clashingRoles } from '../../shared/access/policy.js';
import { invalidInputError } from '../../shared/invalid-input.js';
import { ruleMessages } from '../../shared/messages/rules.js';
import { ZAgencySchema, ZRegionSchema, ZUnitSchema, ZUserSchema } from '../../shared/model/organisation.js';

/**
 * What `infra/scripts/onboard.ts` loads: optionally a region, an agency and its units, and the
 * users to invite, validated with the same schemas the API reads them with.
 */
const ZOrganisationFileSchema = z
  .object({
    region: ZRegionSchema.optional(),
    agency: ZAgencySchema.optional(),
    units: z.array(ZUnitSchema).default([]),
    users: z.array(ZUserSchema).default([]),
  })
  .superRefine((file, ctx) => {
    if (file.agency && file.region && file.agency.regionId !== file.region.id) {
      ctx.addIssue({
        code: 'custom',
        path: ['agency', 'regionId'],
        message: `not the file's region ${file.region.id}`,
      });
    }
    file.units.forEach((unit, index) => {
      if (unit.agencyId !== file.agency?.id) {
        ctx.addIssue({
          code: 'custom',
          path: ['units', index, 'agencyId'],
          message: "not the file's agency",
        });
      }
    });
    file.users.forEach((user, index) => {
      for (const { rule } of clashingRoles(user.roles))
        ctx.addIssue({
          code: 'custom',
          path: ['users', index, 'roles'],
          message: ruleMessages.en.roleClashes[rule],
        });
      if (user.unitId && !file.units.some((unit) => unit.id === user.unitId)) {
        ctx.addIssue({
          code: 'custom',
          path: ['users', index, 'unitId'],
          message: "not one of the file's units",
        });
      }
    });
  });

export type TOrganisationFile = z.infer<typeof ZOrganisationFileSchema>;

/** Parses a file's JSON; throws one error listing every problem with its path. */
export function parseOrganisationFile(json: unknown): TOrganisationFile {
  const result = ZOrganisationFileSchema.safeParse(json);
  if (!result.success) throw invalidInputError('organisation file', result.error.issues);
  return result.data;
}
