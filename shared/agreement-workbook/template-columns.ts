import type { TNumberKind } from '../model/figure.js';
import type { TAggregation, TPolarity } from '../model/indicator.js';

/**
 * The agreement's template: one sheet per level (objectives with their key indicators, programs,
 * activities), one row per indicator, the owner's columns repeated on each of its rows. Headers
 * are read by their text, so columns may be moved; the Id column ties a row to the indicator its
 * realisations refer to (blank for a new one).
 */
export const indicatorColumns = [
  'indicatorCode',
  'indicatorName',
  'unit',
  'numberKind',
  'polarity',
  'aggregation',
  'target',
  'tw1',
  'tw2',
  'tw3',
  'tw4',
] as const;
const ratioColumns = ['numeratorLabel', 'denominatorLabel', 'id'] as const;

export const templateSheets = {
  objectives: {
    name: 'Sasaran',
    columns: [
      'objectiveCode',
      'objectiveName',
      ...indicatorColumns,
      'formula',
      'responsibleUnits',
      'dataSource',
      ...ratioColumns,
    ],
  },
  programs: {
    name: 'Program',
    columns: ['programCode', 'programName', 'programUnit', ...indicatorColumns, ...ratioColumns],
  },
  activities: {
    name: 'Kegiatan',
    columns: [
      'activityCode',
      'programCodeOfActivity',
      'activityName',
      'activityUnit',
      'budget',
      ...indicatorColumns,
      ...ratioColumns,
    ],
  },
} as const;

export type TTemplateLevel = keyof typeof templateSheets;

/** Each level's column of the unit that answers for a row; a sheet without one takes a unit chosen for it. */
export const unitColumns = {
  objectives: 'responsibleUnits',
  programs: 'programUnit',
  activities: 'activityUnit',
} as const satisfies Record<TTemplateLevel, string>;
export const templateLevels = ['objectives', 'programs', 'activities'] as const satisfies TTemplateLevel[];
export type TTemplateColumn = (typeof templateSheets)[TTemplateLevel]['columns'][number];

/** Each column's header in the template, and the other names it is read by (English, the seed's tables). */
export const columnHeaders: Record<TTemplateColumn, { header: string; width: number; also: string[] }> = {
  objectiveCode: { header: 'Kode sasaran', width: 10, also: ['objective code', 'no'] },
  objectiveName: { header: 'Sasaran strategis', width: 40, also: ['sasaran', 'objective'] },
  programCode: { header: 'Kode program', width: 10, also: ['program code', 'no', 'kode'] },
  programName: { header: 'Program', width: 40, also: [] },
  programUnit: { header: 'Unit penanggung jawab', width: 28, also: ['unit', 'responsible unit'] },
  activityCode: { header: 'Kode kegiatan', width: 10, also: ['activity code', 'no', 'kode'] },
  programCodeOfActivity: { header: 'Kode program', width: 10, also: ['program code'] },
  activityName: { header: 'Kegiatan', width: 40, also: ['activity'] },
  activityUnit: { header: 'Unit penanggung jawab', width: 28, also: ['unit', 'responsible unit'] },
  budget: { header: 'Anggaran (Rp)', width: 18, also: ['anggaran', 'pagu', 'alokasi', 'budget'] },
  indicatorCode: { header: 'Kode indikator', width: 10, also: ['indicator code'] },
  indicatorName: { header: 'Indikator', width: 40, also: ['indikator kinerja', 'indicator'] },
  unit: { header: 'Satuan', width: 10, also: ['unit of measure'] },
  numberKind: { header: 'Jenis angka', width: 11, also: ['number kind'] },
  polarity: { header: 'Arah', width: 9, also: ['polarity', 'direction'] },
  aggregation: { header: 'Tahunan', width: 11, also: ['aggregation', 'year'] },
  target: { header: 'Target', width: 12, also: ['target tahunan', 'annual target'] },
  tw1: { header: 'TW1', width: 10, also: ['tw i', 'q1', 'target tw1'] },
  tw2: { header: 'TW2', width: 10, also: ['tw ii', 'q2', 'target tw2'] },
  tw3: { header: 'TW3', width: 10, also: ['tw iii', 'q3', 'target tw3'] },
  tw4: { header: 'TW4', width: 10, also: ['tw iv', 'q4', 'target tw4'] },
  formula: { header: 'Formula', width: 30, also: ['rumus'] },
  responsibleUnits: { header: 'Unit penanggung jawab', width: 28, also: ['responsible units', 'unit'] },
  dataSource: { header: 'Sumber data', width: 24, also: ['data source'] },
  numeratorLabel: { header: 'Pembilang', width: 20, also: ['numerator'] },
  denominatorLabel: { header: 'Penyebut', width: 20, also: ['denominator'] },
  id: { header: 'Id (jangan diubah)', width: 22, also: ['id'] },
};

/** The words of the choice columns, Indonesian as the template writes them; the codes are read too. */
export const numberKindWords: Record<TNumberKind, string> = {
  count: 'bulat',
  decimal: 'desimal',
  signed: 'bertanda',
};
export const polarityWords: Record<TPolarity, string> = { higher: 'naik', lower: 'turun' };
export const aggregationWords: Record<TAggregation, string> = {
  sum: 'jumlah',
  cumulative: 'kumulatif',
  level: 'tetap',
};
