import { describe, expect, it } from 'vitest';
import { seedUnits } from '../seed/organisation.js';
import { numberCell, textCell } from '../workbook/sheet-cells.js';
import type { TWorkbook } from '../workbook/workbook.js';
import { agreementTemplate } from './agreement-template.js';
import {
  isOwnTemplate,
  layoutSignature,
  mappingProblems,
  mappingView,
  proposeMapping,
  type TColumnMapping,
  unplacedColumns,
} from './column-mapping.js';
import { handMadeLayout } from './hand-made-layout.fixture.js';
import { readAgreementTemplate } from './read-template.js';
import { indicatorColumns } from './template-columns.js';

/** A workbook as the parse reads one: numbers as numbers, Indonesian text figures read. */
const workbookOf = (sheets: Record<string, (string | number | null)[][]>): TWorkbook => ({
  fileName: 'PK 2026.xlsx',
  format: 'xlsx',
  hiddenSheets: [],
  sheets: Object.entries(sheets).map(([name, rows]) => ({
    name,
    rows: rows.map((row) =>
      row.map((value) => {
        if (value === null) return null;
        return typeof value === 'number' ? numberCell(value) : textCell(value, { sheet: name, cell: '' });
      }),
    ),
  })),
});

const indicatorLetters = (from: number) =>
  Object.fromEntries(indicatorColumns.map((role, i) => [role, String.fromCharCode(65 + from + i)]));

describe('the mapping of a hand-made agreement workbook', () => {
  it('proposes each role’s sheet and column from the header words, below a title, and leaves an unknown header unplaced', () => {
    const layout = handMadeLayout({ Pagu: 'Dana (Rp)', Target: 'Target Kinerja 2026' });
    // The budget saved as a number: its sample is shown as the reader types it.
    const firstActivity = layout.Kegiatan?.[3] ?? expect.fail('no activity row');
    firstActivity[4] = 15_959_915_800;
    const workbook = workbookOf(layout);
    const mapping = proposeMapping(workbook);
    expect(mapping.objectives).toEqual({
      sheet: 'Sasaran',
      headerRow: 1,
      columns: {
        objectiveCode: 'A',
        objectiveName: 'B',
        ...indicatorLetters(2),
        formula: 'N',
        responsibleUnits: 'O',
        dataSource: 'P',
      },
    });
    expect(mapping.programs).toEqual({
      sheet: 'Program',
      headerRow: 1,
      columns: { programCode: 'A', programName: 'B', programUnit: 'C', ...indicatorLetters(3) },
    });
    // "Target Kinerja 2026" begins with a known word; "Dana (Rp)" is no word the reader knows.
    expect(mapping.activities).toEqual({
      sheet: 'Kegiatan',
      headerRow: 3,
      columns: {
        activityCode: 'A',
        programCodeOfActivity: 'B',
        activityName: 'C',
        activityUnit: 'D',
        ...indicatorLetters(5),
      },
    });
    const activities = mappingView(workbook, mapping).find((view) => view.level === 'activities');
    expect(unplacedColumns(activities?.columns ?? [], mapping.activities)).toEqual([
      { column: 'E', header: 'Dana (Rp)', sample: '15.959.915.800' },
    ]);
    expect(activities?.roles).toContainEqual({ role: 'budget', required: true });
    expect(activities?.roles).toContainEqual({ role: 'numberKind', required: false });
    expect(mappingProblems(workbook, mapping)).toEqual([
      { kind: 'roleEmpty', level: 'activities', role: 'budget' },
    ]);
  });

  it('reads the agreement by the columns the planner chose', () => {
    const workbook = workbookOf(handMadeLayout({ Pagu: 'Dana (Rp)' }));
    const proposed = proposeMapping(workbook);
    const chosen: TColumnMapping = {
      ...proposed,
      activities: { ...proposed.activities, columns: { ...proposed.activities.columns, budget: 'E' } },
    };
    expect(mappingProblems(workbook, chosen)).toEqual([]);
    const read = readAgreementTemplate(workbook, Object.values(seedUnits), () => 'indikator-baru', chosen);
    expect(read.problems).toEqual([]);
    expect(read.content.activities).toEqual([
      expect.objectContaining({
        code: '1.1',
        budget: 15_959_915_800,
        indicators: [expect.anything(), expect.anything()],
      }),
    ]);
    expect(read.places.get('activities.0.budget')).toEqual({
      sheet: 'Kegiatan',
      row: 4,
      column: 'E',
      header: 'Anggaran (Rp)',
    });
  });

  it('names a required role left empty and two roles on one column', () => {
    const workbook = workbookOf(handMadeLayout());
    const proposed = proposeMapping(workbook);
    const { unit: _unit, ...withoutUnit } = proposed.programs.columns;
    const mapping: TColumnMapping = {
      ...proposed,
      programs: { ...proposed.programs, columns: withoutUnit },
      activities: { ...proposed.activities, columns: { ...proposed.activities.columns, tw2: 'M' } },
    };
    expect(mappingProblems(workbook, mapping)).toEqual([
      { kind: 'roleEmpty', level: 'programs', role: 'unit' },
      { kind: 'sharedColumn', level: 'activities', roles: ['tw1', 'tw2'], column: 'M' },
    ]);
    const elsewhere = { ...proposed, objectives: { ...proposed.objectives, sheet: 'Renstra' } };
    expect(mappingProblems(workbook, elsewhere)).toEqual([
      { kind: 'sheetMissing', level: 'objectives', sheet: 'Renstra' },
    ]);
  });

  it('signs a layout by its headers, whatever its rows hold', () => {
    const signature = (layout: Record<string, (string | number | null)[][]>) => {
      const workbook = workbookOf(layout);
      return layoutSignature(workbook, proposeMapping(workbook));
    };
    const first = handMadeLayout();
    const refilled = { ...first, Kegiatan: first.Kegiatan?.slice(0, 4) ?? [] };
    expect(signature(refilled)).toBe(signature(first));
    expect(signature(handMadeLayout({ Pagu: 'Dana (Rp)' }))).not.toBe(signature(first));
  });

  it('tells Capaian’s own template from a layout made by hand', () => {
    const template = agreementTemplate({ objectives: [], programs: [], activities: [] }, []);
    const own = workbookOf(
      Object.fromEntries(template.map((sheet) => [sheet.name, [sheet.columns.map((c) => c.header)]])),
    );
    expect(isOwnTemplate(own)).toBe(true);
    expect(isOwnTemplate(workbookOf(handMadeLayout()))).toBe(false);
  });
});
