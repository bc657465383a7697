import * as z from 'zod';
import type { TLocale } from '../i18n.js';
import { commonMessages } from '../messages/common.js';
import { type TUser, ZIdSchema } from './organisation.js';

/**
 * Where someone an agency's record names stands now: one of its people (or of its region's or the
 * system's own), moved to another agency, or disabled.
 */
const ZPersonStandingSchema = z.enum(['member', 'elsewhere', 'inactive']);

/** A person the record names by id, by name, with where they stand now. */
export const ZNamedPersonSchema = z.object({
  id: ZIdSchema,
  name: z.string(),
  standing: ZPersonStandingSchema,
});
export type TNamedPerson = z.infer<typeof ZNamedPersonSchema>;

/** A user as an agency's record names them. */
export const namedPerson = (person: TUser, agencyId: string): TNamedPerson => ({
  id: person.id,
  name: person.name,
  standing: person.disabled
    ? 'inactive'
    : person.agencyId === undefined || person.agencyId === agencyId
      ? 'member'
      : 'elsewhere',
});

/** "Siti Rahmah (tidak aktif)": the name, and where they stand unless they are still here; the id where nobody is known by it. */
export function personWords(id: string, named: TNamedPerson | undefined, locale: TLocale): string {
  if (!named) return id;
  if (named.standing === 'member') return named.name;
  return `${named.name} (${commonMessages[locale].personStandings[named.standing]})`;
}
