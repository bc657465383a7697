import { expect } from 'vitest';
import type { TUser } from '../../shared/model/organisation.js';
import { seedAgency, seedUnits, seedUsers } from '../../shared/seed/organisation.js';

/** The seed user with this id; fails the test if the seed lost them. */
export function seedUser(id: string): TUser {
  const user = seedUsers.find((u) => u.id === id);
  if (!user) throw new Error(`no seed user ${id}`);
  return user;
}

export const appUrl = 'https://capaian.dinsos-hss.example';
export const formUrl = (unitId: string, year = 2026, quarter = 1) =>
  `${appUrl}/years/${year}/quarters/${quarter}/parts/${unitId}`;

/** What every email to this seed user carries. */
export const baseFor = (id: string, locale: TUser['locale'] = seedUser(id).locale) => ({
  locale,
  agencyName: seedAgency.name,
  recipientName: seedUser(id).name,
});

export const agency = seedAgency;
export const units = seedUnits;

/** TW1 2026 of the seed agency: due Friday 10 April 2026, 23:59 WITA. */
export const dueTw1 = '2026-04-10T23:59:00+08:00';

/** Indicators of the Bidang Perlindungan dan Jaminan Sosial, as the HSS agreement names them. */
export const perlindunganIndicators = [
  'Persentase korban bencana yang mendapat bantuan tanggap darurat korban bencana',
  'Persentase korban tindak kekerasan yang mendapatkan perlindungan sosial',
  'Penyaluran pangan bagi masyarakat miskin',
];

/** A text part: something to read, and no markup left in it. */
export function expectPlainText(text: string) {
  expect(text.trim().length).toBeGreaterThan(100);
  expect(text).not.toMatch(/<\/?[a-z][^>]*>/i);
  expect(text).not.toMatch(/&(amp|lt|gt|quot|nbsp);/);
}
