import { seedAgency, seedRegion, seedUnits, seedUsers } from '../../shared/seed/organisation.js';
import { putItems } from '../db/batch.js';
import { hasAnyRegion, organisationItems } from '../db/organisation.js';

/** Loads the demo agency (Dinas Sosial HSS) when the store holds no region yet. */
export async function seedDemoDataIfEmpty(): Promise<'seeded' | 'kept'> {
  if (await hasAnyRegion()) return 'kept';
  await putItems([
    organisationItems.region(seedRegion),
    organisationItems.agency(seedAgency),
    ...Object.values(seedUnits).map(organisationItems.unit),
    ...seedUsers.map(organisationItems.user),
  ]);
  return 'seeded';
}
