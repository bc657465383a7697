import { afterEach, describe, expect, it } from 'vitest';
import { setLocaleSource } from '../i18n.js';
import type { TQuarterPartContent } from '../model/realisation.js';
import { agreement2019Perubahan, parts2019 } from '../seed/hss-2019.js';
import { checkSubmission } from './submission-rules.js';

const agreement = { ...agreement2019Perubahan, year: 2026 };
const part = (quarter: 1 | 2 | 3 | 4, unitId: string): TQuarterPartContent => {
  const found = parts2019.find((p) => p.quarter === quarter && p.unitId === unitId);
  if (!found) throw new Error(`${quarter} ${unitId}`);
  return { ...structuredClone(found), year: 2026, agreementVersion: agreement.version };
};

describe('checkSubmission', () => {
  it('lists every missing value at once, by indicator', () => {
    const empty = { ...part(1, 'pelayanan-rehabilitasi'), realisations: [] };
    const issues = checkSubmission({ agreement, part: empty, earlierParts: [] });
    const expected = part(1, 'pelayanan-rehabilitasi').realisations.length;
    expect(issues).toHaveLength(expected);
    expect(issues.every((issue) => /^indicators\.[a-z0-9-]+\.value$/.test(issue.path))).toBe(true);
  });

  it('requires an explanation where achievement is far off, and for nothing to report', () => {
    const draft = part(4, 'pelayanan-rehabilitasi');
    const targetedInTw4 = new Set(
      [...agreement.programs, ...agreement.activities]
        .flatMap((owner) => owner.indicators)
        .filter((indicator) => indicator.polarity === 'higher' && Number(indicator.quarterTargets[3]) > 0)
        .map((indicator) => indicator.id),
    );
    const low = draft.realisations.find((r) => r.value !== undefined && targetedInTw4.has(r.indicatorId));
    if (!low?.value) throw new Error('no value in seed');
    low.value = 0.0001;
    low.explanation = '';
    const issues = checkSubmission({ agreement, part: draft, earlierParts: [] });
    expect(issues).toContainEqual({
      path: `indicators.${low.indicatorId}.explanation`,
      message: expect.stringContaining('penjelasan wajib'),
    });
    low.explanation = 'Kegiatan tertunda karena banjir';
    expect(
      checkSubmission({ agreement, part: draft, earlierParts: [] }).some((i) =>
        i.path.startsWith(`indicators.${low.indicatorId}`),
      ),
    ).toBe(false);
  });

  it('refuses spending above the allocation counted over the year', () => {
    const draft = part(4, 'pemberdayaan-sosial');
    const line = draft.budget[0];
    if (!line) throw new Error('no budget line');
    const activity = agreement.activities.find((a) => a.code === line.activityCode);
    line.amount = (activity?.budget ?? 0) + 1;
    expect(checkSubmission({ agreement, part: draft, earlierParts: [] })).toContainEqual({
      path: `activities.${line.activityCode}.amount`,
      message: expect.stringContaining('melebihi alokasi'),
    });
  });
});

describe('checkSubmission in English', () => {
  afterEach(() => setLocaleSource(() => 'id'));

  it("says what blocks the submission in the reader's language", () => {
    const draft = part(4, 'pemberdayaan-sosial');
    const line = draft.budget[0];
    if (!line) throw new Error('no budget line');
    const activity = agreement.activities.find((a) => a.code === line.activityCode);
    line.amount = (activity?.budget ?? 0) + 1;
    const path = `activities.${line.activityCode}.amount`;
    const found = () =>
      checkSubmission({ agreement, part: draft, earlierParts: [] }).find((i) => i.path === path);

    expect(found()?.message).toBe(`realisasi anggaran melebihi alokasi kegiatan ${line.activityCode}`);
    setLocaleSource(() => 'en');
    expect(found()?.message).toBe(`spending exceeds the allocation of activity ${line.activityCode}`);
  });

  it('writes an achievement with a decimal point in English', () => {
    const draft = part(4, 'pelayanan-rehabilitasi');
    const targeted = new Set(
      [...agreement.programs, ...agreement.activities]
        .flatMap((owner) => owner.indicators)
        .filter((indicator) => indicator.polarity === 'higher' && Number(indicator.quarterTargets[3]) > 0)
        .map((indicator) => indicator.id),
    );
    const low = draft.realisations.find((r) => r.value !== undefined && targeted.has(r.indicatorId));
    if (!low) throw new Error('no value in seed');
    low.value = 0.0001;
    low.explanation = '';
    const path = `indicators.${low.indicatorId}.explanation`;
    const found = () =>
      checkSubmission({ agreement, part: draft, earlierParts: [] }).find((i) => i.path === path);

    expect(found()?.message).toMatch(/^capaian \d+,\d\d % di luar 75–150 %: penjelasan wajib diisi$/);
    setLocaleSource(() => 'en');
    expect(found()?.message).toMatch(
      /^achievement \d+\.\d\d% is outside 75–150%: an explanation is required$/,
    );
  });

  it('writes the achievement and the limits as the reports write figures', () => {
    const draft = part(4, 'pelayanan-rehabilitasi');
    const realisation = draft.realisations.find((r) => r.indicatorId === 'pelayanan-gepeng');
    const indicator = agreement.activities
      .flatMap((activity) => activity.indicators)
      .find((i) => i.id === 'pelayanan-gepeng');
    if (!realisation || !indicator) throw new Error('no gepeng in seed');
    realisation.value = Number(indicator.quarterTargets[3]) * 20;
    realisation.explanation = '';
    const thresholds = { below: 72.5, above: 1500 };
    const found = () =>
      checkSubmission({ agreement, part: draft, earlierParts: [], thresholds }).find(
        (i) => i.path === 'indicators.pelayanan-gepeng.explanation',
      );

    expect(found()?.message).toBe('capaian 2.000,00 % di luar 72,5–1.500 %: penjelasan wajib diisi');
    setLocaleSource(() => 'en');
    expect(found()?.message).toBe('achievement 2,000.00% is outside 72.5–1,500%: an explanation is required');
  });
});

describe('checkSubmission of an implausible figure', () => {
  // Bidang Pemberdayaan Sosial's TW3: activity 1.3 (8 Orang in TW3).
  const draft = () => part(3, 'pemberdayaan-sosial');
  const targetOf = (indicatorId: string) =>
    agreement.activities.flatMap((a) => a.indicators).find((i) => i.id === indicatorId)?.quarterTargets[2];

  it('asks to check again at the field until the division head confirms that very figure', () => {
    const part3 = draft();
    const line = part3.realisations.find((r) => targetOf(r.indicatorId) === 8);
    if (!line) throw new Error('no indicator with a TW3 target of 8');
    line.value = 800;
    line.explanation = 'Bantuan tambahan dari provinsi';
    const asked = (p: TQuarterPartContent) =>
      checkSubmission({ agreement, part: p, earlierParts: [] }).find(
        (i) => i.path === `indicators.${line.indicatorId}.value`,
      );
    expect(asked(part3)?.message).toBe(
      'Periksa kembali: 800 jauh di atas target 8. Centang "Angka ini benar" bila memang demikian.',
    );
    line.confirmedFigure = 800;
    expect(asked(part3)).toBeUndefined();
    line.value = 8000;
    expect(asked(part3)?.message).toContain('8.000 jauh di atas target 8');
  });
});
