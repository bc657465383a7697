/**
 * Key builders: the only place that spells out key strings. See docs/DATA-MODEL.md.
 *
 * | item     | pk                  | sk            | gsi1pk             | gsi1sk            | gsi2pk         |
 * |----------|---------------------|---------------|--------------------|-------------------|----------------|
 * | region   | REGION#<region>     | REGION        | REGIONS            | REGION#<region>   |                |
 * | agency   | AGENCY#<agency>     | AGENCY        | REGION#<region>    | AGENCY#<agency>   |                |
 * | unit     | AGENCY#<agency>     | UNIT#<unit>   |                    |                   |                |
 * | user     | USER#<user>         | USER          | MEMBERS#<scope>    | USER#<user>       | EMAIL#<email>  |
 */
export const keys = {
  region: (regionId: string) => ({
    pk: `REGION#${regionId}`,
    sk: 'REGION',
    gsi1pk: 'REGIONS',
    gsi1sk: `REGION#${regionId}`,
  }),
  agency: (agencyId: string, regionId: string) => ({
    pk: `AGENCY#${agencyId}`,
    sk: 'AGENCY',
    gsi1pk: `REGION#${regionId}`,
    gsi1sk: `AGENCY#${agencyId}`,
  }),
  unit: (agencyId: string, unitId: string) => ({ pk: `AGENCY#${agencyId}`, sk: `UNIT#${unitId}` }),
  user: (userId: string) => ({ pk: `USER#${userId}`, sk: 'USER' }),
  /** A user's membership scope is their agency, else their region, else the whole system. */
  userIndexes: (userId: string, scope: string, email: string) => ({
    gsi1pk: `MEMBERS#${scope}`,
    gsi1sk: `USER#${userId}`,
    gsi2pk: `EMAIL#${email.toLowerCase()}`,
    gsi2sk: 'USER',
  }),
  agencyPartition: (agencyId: string) => `AGENCY#${agencyId}`,
  unitPrefix: 'UNIT#',
  members: (scope: string) => `MEMBERS#${scope}`,
} as const;
