import { describe, expect, it } from 'vitest';
import { agreement2019Murni } from '../seed/hss-2019.js';
import { seedUnits } from '../seed/organisation.js';
import { mappingProblems, proposeMapping, type TColumnMapping } from './column-mapping.js';
import { importDefaults, importProblems } from './import-problems.js';
import { readAgreementTemplate } from './read-template.js';
import { figuresOf, parsedSeedPkTable } from './seed-pk-table.fixture.js';

const units = Object.values(seedUnits);
const indicatorColumns = {
  indicatorName: 'C',
  unit: 'D',
  target: 'E',
  tw1: 'F',
  tw2: 'G',
  tw3: 'H',
  tw4: 'I',
};

/** The proposal with a unit chosen for each sheet, as the planner does in the mapping step. */
const withUnits = (mapping: TColumnMapping): TColumnMapping => ({
  objectives: { ...mapping.objectives, unitId: seedUnits.sekretariat.id },
  programs: { ...mapping.programs, unitId: seedUnits.pemberdayaan.id },
  activities: { ...mapping.activities, unitId: seedUnits.pemberdayaan.id },
});

describe('the seed’s own PK table, laid out as the agency typed it', () => {
  it('is mapped below its title, through its two-row header, with a unit asked for each sheet', () => {
    const workbook = parsedSeedPkTable();
    const mapping = proposeMapping(workbook);
    expect(mapping).toEqual({
      objectives: {
        sheet: 'Sasaran',
        headerRow: 4,
        columns: { objectiveCode: 'A', objectiveName: 'B', ...indicatorColumns },
      },
      programs: {
        sheet: 'Program',
        headerRow: 4,
        columns: { programCode: 'A', programName: 'B', ...indicatorColumns },
      },
      activities: {
        sheet: 'Kegiatan',
        headerRow: 4,
        columns: { activityCode: 'A', activityName: 'B', ...indicatorColumns, budget: 'J' },
      },
    });
    expect(mappingProblems(workbook, mapping)).toEqual([
      { kind: 'roleEmpty', level: 'objectives', role: 'responsibleUnits' },
      { kind: 'roleEmpty', level: 'programs', role: 'programUnit' },
      { kind: 'roleEmpty', level: 'activities', role: 'activityUnit' },
    ]);
    expect(mappingProblems(workbook, withUnits(mapping))).toEqual([]);
  });

  it('reads the seed’s 2019 figures, every value it leaves out proposed as a default', () => {
    const workbook = parsedSeedPkTable();
    const mapping = withUnits(proposeMapping(workbook));
    let n = 0;
    const read = readAgreementTemplate(workbook, units, () => `baru-${n++}`, mapping);
    expect(read.problems).toEqual([]);
    const { objectives, programs, activities } = agreement2019Murni;
    expect(read.content.objectives.map((o) => ({ ...o, indicators: o.indicators.map(figuresOf) }))).toEqual(
      objectives.map(({ code, name, indicators }) => ({ code, name, indicators: indicators.map(figuresOf) })),
    );
    expect(read.content.objectives[0]?.indicators[0]).toMatchObject({
      formula: '',
      dataSource: '',
      responsibleUnitIds: [seedUnits.sekretariat.id],
    });
    expect(read.content.programs.map((p) => ({ ...p, indicators: p.indicators.map(figuresOf) }))).toEqual(
      programs.map(({ code, name, indicators }) => ({
        code,
        name,
        unitId: seedUnits.pemberdayaan.id,
        indicators: indicators.map(figuresOf),
      })),
    );
    expect(read.content.activities.map((a) => ({ ...a, indicators: a.indicators.map(figuresOf) }))).toEqual(
      activities.map(({ code, programCode, name, budget, indicators }) => ({
        code,
        programCode,
        name,
        unitId: seedUnits.pemberdayaan.id,
        budget,
        indicators: indicators.map(figuresOf),
      })),
    );
    expect(read.content.activities.reduce((sum, a) => sum + a.budget, 0)).toBe(
      activities.reduce((sum, a) => sum + a.budget, 0),
    );
    const checked = importProblems(
      read,
      { agencyId: 'dinsos-hss', year: 2019, version: 1, kind: 'murni' },
      units,
    );
    expect(checked.problems).toEqual([]);

    const defaults = importDefaults(read.defaults);
    expect(defaults.find((row) => row.subject === 'Persentase Angka PMKS yang mandiri')).toEqual({
      sheet: 'Sasaran',
      row: 10,
      subject: 'Persentase Angka PMKS yang mandiri',
      values: [
        { field: 'Jenis angka', value: "desimal (dari satuan 'Persen')" },
        { field: 'Tahunan', value: 'jumlah (dari target tahunan dan triwulan)' },
        { field: 'Arah', value: 'naik' },
        { field: 'Kode indikator', value: 'IKU-3 (menurut kode di atasnya)' },
      ],
    });
    expect(defaults.find((row) => row.subject === 'Penyediaan Jasa dan Administrasi Kantor')).toEqual({
      sheet: 'Kegiatan',
      row: expect.any(Number),
      subject: 'Penyediaan Jasa dan Administrasi Kantor',
      values: [{ field: 'Kode program', value: '6 (dari kode kegiatan)' }],
    });
    const second = defaults.find((row) => row.subject.endsWith('yang memperoleh bimbingan kewirausahaan'));
    expect(second?.values).toContainEqual({
      field: 'Kode indikator',
      value: '1.4.b (menurut kode di atasnya)',
    });
    const indicators = [...objectives, ...programs, ...activities].flatMap((owner) => owner.indicators);
    expect(defaults.filter((row) => row.values.some((v) => v.field === 'Arah'))).toHaveLength(
      indicators.length,
    );
  });
});
