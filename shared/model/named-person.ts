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
  /** The short name of the agency they work in now, where that is another. */
  agency: z.string().optional(),
});
export type TNamedPerson = z.infer<typeof ZNamedPersonSchema>;

/** A user as an agency's record names them; `agencies` gives the region's agencies' short names. */
export function namedPerson(
  person: TUser,
  agencyId: string,
  agencies: ReadonlyMap<string, string>,
): TNamedPerson {
  const named = { id: person.id, name: person.name };
  if (person.disabled) return { ...named, standing: 'inactive' };
  if (person.agencyId === undefined || person.agencyId === agencyId) return { ...named, standing: 'member' };
  return { ...named, standing: 'elsewhere', agency: agencies.get(person.agencyId) };
}

/** "Siti Rahmah (tidak aktif)", "… (kini di Dinas Kesehatan)": the name, and where they stand unless still here; the id where nobody is known by it. */
export function personWords(id: string, named: TNamedPerson | undefined, locale: TLocale): string {
  if (!named) return id;
  const words = commonMessages[locale].personStandings;
  if (named.standing === 'member') return named.name;
  if (named.standing === 'inactive') return `${named.name} (${words.inactive})`;
  return `${named.name} (${named.agency ? words.at(named.agency) : words.elsewhere})`;
}
