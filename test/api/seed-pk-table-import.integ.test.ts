import { describe, expect, it } from 'vitest';
import { figuresOf } from '../../shared/agreement-workbook/seed-pk-table.fixture.js';
import type { TIndicator } from '../../shared/model/indicator.js';
import { agreement2019Murni } from '../../shared/seed/hss-2019.js';
import { seedUnits } from '../../shared/seed/organisation.js';
import { clientAs, expectError, expectStatus } from '../support/api-client.js';
import { freshDinsos } from '../support/new-agency.js';
import { seedPkTableXlsx } from '../support/seed-pk-table-xlsx.js';
import { withSeededStore } from '../support/seeded-store.js';
import { uploadWorkbook } from '../support/workbook-files.js';

withSeededStore();

const year = '2019';
const param = { agencyId: freshDinsos.id, year };
const planner = freshDinsos.planner.id;
const agreementApi = () => clientAs(planner).agencies[':agencyId'].years[':year'].agreement;

const ownersOf = <T extends { code: string; name: string; indicators: TIndicator[] }>(owners: T[]) =>
  owners.map(({ code, name, indicators }) => ({ code, name, indicators: indicators.map(figuresOf) }));

describe('the seed’s own PK table imported by a new agency', () => {
  it('is mapped with a unit chosen per sheet, its defaults shown and confirmed, and yields the seed’s 2019 figures', async () => {
    await expectStatus(
      clientAs('admin-bappeda').regions[':regionId'].agencies.$post({
        param: { regionId: 'kab-hss' },
        json: freshDinsos,
      }),
      201,
    );
    const fileName = 'PK 2019 Dinas Sosial.xlsx';
    const { uploadId } = await uploadWorkbook(planner, freshDinsos.id, fileName, await seedPkTableXlsx());
    const upload = { uploadId, fileName };
    const proposal = await expectStatus(agreementApi().import.mapping.$post({ param, json: upload }), 200);
    expect(proposal.template).toBe(false);
    expect(proposal.mapping.activities).toMatchObject({ sheet: 'Kegiatan', headerRow: 4 });
    expect(proposal.levels.find((level) => level.level === 'activities')?.roles).toContainEqual({
      role: 'activityUnit',
      required: false,
    });

    // Without a unit for a sheet that has no unit column: refused, naming it.
    const refused = await expectError(
      agreementApi().import.check.$post({ param, json: { ...upload, mapping: proposal.mapping } }),
      400,
    );
    expect(refused.error.message).toContain("Pilih kolom untuk 'Unit penanggung jawab' (lembar Kegiatan).");

    const { sekretariat, pemberdayaan } = seedUnits;
    const mapping = {
      objectives: { ...proposal.mapping.objectives, unitId: sekretariat.id },
      programs: { ...proposal.mapping.programs, unitId: pemberdayaan.id },
      activities: { ...proposal.mapping.activities, unitId: pemberdayaan.id },
    };
    const check = await expectStatus(
      agreementApi().import.check.$post({ param, json: { ...upload, mapping } }),
      200,
    );
    expect(check.problems).toEqual([]);
    expect(check.kind).toBe('murni');
    const indicators = [
      agreement2019Murni.objectives,
      agreement2019Murni.programs,
      agreement2019Murni.activities,
    ]
      .flat()
      .flatMap((owner) => owner.indicators);
    expect(check.defaults.filter((row) => row.values.some((v) => v.field === 'Arah'))).toHaveLength(
      indicators.length,
    );

    // The defaults unconfirmed: nothing stored.
    const unconfirmed = await expectError(agreementApi().import.$post({ param, json: upload }), 400);
    expect(unconfirmed.error.issues).toEqual([
      {
        path: 'defaultsConfirmed',
        message: expect.stringMatching(/^Periksa dan setujui dulu \d+ nilai bawaan/),
      },
    ]);
    expect((await expectStatus(agreementApi().$get({ param }), 200)).versions).toEqual([]);

    const draft = await expectStatus(
      agreementApi().import.$post({ param, json: { ...upload, defaultsConfirmed: true } }),
      201,
    );
    const { objectives, programs, activities } = draft.agreement;
    expect(ownersOf(objectives)).toEqual(ownersOf(agreement2019Murni.objectives));
    expect(ownersOf(programs)).toEqual(ownersOf(agreement2019Murni.programs));
    expect(ownersOf(activities)).toEqual(ownersOf(agreement2019Murni.activities));
    expect(activities.map((a) => [a.code, a.programCode, a.budget])).toEqual(
      agreement2019Murni.activities.map((a) => [a.code, a.programCode, a.budget]),
    );
    expect(activities.reduce((sum, a) => sum + a.budget, 0)).toBe(
      agreement2019Murni.activities.reduce((sum, a) => sum + a.budget, 0),
    );
    expect(new Set(activities.map((a) => a.unitId))).toEqual(new Set([pemberdayaan.id]));
    expect(objectives[0]?.indicators[0]).toMatchObject({
      formula: '',
      dataSource: '',
      responsibleUnitIds: [sekretariat.id],
    });
  }, 90_000);
});
