import { describe, expect, it } from 'vitest';
import { targetValue } from '../../../../shared/model/indicator';
import { defaultStatusBands } from '../../../../shared/model/status-band';
import { defaultExplanationThresholds } from '../../../../shared/workflow/submission-rules';
import { historyWith, liveFigures } from './indicator-figures';
import { linkIssue } from './link-issue';
import {
  draftFromContent,
  entryFromDraft,
  fieldPathOf,
  liveIssues,
  type TPartDraft,
  unreadableFields,
} from './part-draft';
import { agreement, empty, scope, unitId } from './part-draft.fixture';

const groups = { activity: 'Kegiatan', program: 'Program' };
const settings = { statusBands: defaultStatusBands, explanationThresholds: defaultExplanationThresholds };
const plain = scope.places.find((p) => !p.indicator.ratio && targetValue(p.indicator.quarterTargets[2]) > 0);
const ratio = scope.places.find((p) => p.indicator.ratio);

const typed = (
  draft: TPartDraft,
  id: string,
  change: Partial<TPartDraft['indicators'][string]>,
): TPartDraft => {
  const current = draft.indicators[id];
  if (!current) throw new Error(id);
  return { ...draft, indicators: { ...draft.indicators, [id]: { ...current, ...change } } };
};

describe('the quarter form model', () => {
  it('covers exactly the indicators, activities and programs the unit reports', () => {
    expect(scope.places.every((p) => p.unitIds[0] === unitId)).toBe(true);
    expect(scope.activities.every((a) => a.unitId === unitId)).toBe(true);
    expect(scope.programs.length).toBeGreaterThan(0);
  });

  it('lists every missing value at once, each on its field', () => {
    const issues = liveIssues({
      agreement,
      content: empty,
      draft: draftFromContent(empty, scope, 'id'),
      scope,
      earlierParts: [],
    });
    expect(issues.filter((i) => i.path.endsWith('.value'))).toHaveLength(scope.places.length);
    // The summary names the indicator once, by its code and name, and the field's own message
    // under that name does not repeat it (a phone's summary was twice as long).
    const first = scope.places[0] ?? expect.fail('no indicator');
    const missing = issues.find((i) => i.path === `indicators.${first.indicator.id}.value`);
    const linked = linkIssue(missing ?? expect.fail('no issue'), scope, groups);
    expect(`${linked.label}: ${linked.message}`).toBe(
      `${first.indicator.code} ${first.indicator.name}: realisasi belum diisi`,
    );
  });

  it('computes achievement as typed and asks for an explanation below the threshold', () => {
    if (!plain) throw new Error('no plain indicator');
    const target = targetValue(plain.indicator.quarterTargets[2]);
    let draft = typed(draftFromContent(empty, scope, 'id'), plain.indicator.id, {
      value: String(target / 2).replace('.', ','),
    });
    const entry = entryFromDraft(draft, scope);
    const current = entry.realisations.find((r) => r.indicatorId === plain.indicator.id);
    const figures = liveFigures(
      plain.indicator,
      historyWith(plain.indicator.id, 3, current, []),
      3,
      settings,
    );
    expect(figures.achieved).toBeCloseTo(50);
    expect(figures.needsExplanation).toBe(true);
    const path = `indicators.${plain.indicator.id}.explanation`;
    expect(
      liveIssues({ agreement, content: empty, draft, scope, earlierParts: [] }).map((i) => i.path),
    ).toContain(path);
    draft = typed(draft, plain.indicator.id, { explanation: 'Banjir di bulan Agustus.' });
    expect(
      liveIssues({ agreement, content: empty, draft, scope, earlierParts: [] }).map((i) => i.path),
    ).not.toContain(path);
  });

  it('shows no achievement and no band for the quarter before its value is typed, not a red TW4', () => {
    if (!plain) throw new Error('no plain indicator');
    const earlier = ([1, 2, 3] as const).map((quarter) => ({
      ...empty,
      quarter,
      realisations: [{ indicatorId: plain.indicator.id, value: 1 }],
    }));
    const before = liveFigures(
      plain.indicator,
      historyWith(plain.indicator.id, 4, undefined, earlier),
      4,
      settings,
    );
    expect([before.achieved, before.toDate, before.band]).toEqual([null, null, null]);
    const typedValue = { indicatorId: plain.indicator.id, value: 1 };
    const after = liveFigures(
      plain.indicator,
      historyWith(plain.indicator.id, 4, typedValue, earlier),
      4,
      settings,
    );
    expect(after.toDate).not.toBeNull();
  });

  it('sends a ratio as its parts, and flags text that is no number instead of dropping it silently', () => {
    if (!ratio) throw new Error('no ratio indicator');
    let draft = typed(draftFromContent(empty, scope, 'id'), ratio.indicator.id, {
      numerator: '10.249',
      denominator: '16.982',
    });
    expect(entryFromDraft(draft, scope).realisations).toContainEqual({
      indicatorId: ratio.indicator.id,
      numerator: 10_249,
      denominator: 16_982,
      explanation: undefined,
    });
    draft = typed(draft, ratio.indicator.id, { numerator: '10.2' });
    const issues = liveIssues({ agreement, content: empty, draft, scope, earlierParts: [] });
    expect(issues).toContainEqual({
      path: `indicators.${ratio.indicator.id}.value`,
      message: 'angka tidak valid',
    });
  });

  it("sends a ratio's parts for the year with its quarter's, and reads them back", () => {
    if (!ratio) throw new Error('no ratio indicator');
    const draft = typed(draftFromContent(empty, scope, 'id'), ratio.indicator.id, {
      numerator: '1.022',
      denominator: '16.982',
      yearNumerator: '10.249',
      yearDenominator: '16.982',
    });
    const [sent] = entryFromDraft(draft, scope).realisations.filter(
      (r) => r.indicatorId === ratio.indicator.id,
    );
    expect(sent?.yearParts).toEqual({ numerator: 10_249, denominator: 16_982 });
    const back = draftFromContent({ ...empty, realisations: sent ? [sent] : [] }, scope, 'en');
    expect(back.indicators[ratio.indicator.id]).toMatchObject({
      yearNumerator: '10,249',
      yearDenominator: '16,982',
    });
  });

  it('flags a negative or fractional count as it is typed, the way the API will refuse it', () => {
    if (!plain) throw new Error('no plain indicator');
    expect(plain.indicator.unit).toBe('Orang');
    const path = `indicators.${plain.indicator.id}.value`;
    const messages = (value: string) =>
      liveIssues({
        agreement,
        content: empty,
        draft: typed(draftFromContent(empty, scope, 'id'), plain.indicator.id, { value }),
        scope,
        earlierParts: [],
      })
        .filter((i) => i.path === path)
        .map((i) => i.message);
    expect(messages('-5')).toEqual(['-5: tidak boleh negatif (indikator ini tidak bertanda)']);
    expect(messages('2,5')).toEqual(['2,5: jumlah harus bilangan bulat']);
  });

  it('keeps a figure the indicator does not take out of the save, marked at its field, and saves the rest', () => {
    const other = scope.places.find((p) => !p.indicator.ratio && p !== plain);
    if (!plain || !other) throw new Error('no two plain indicators');
    let draft = typed(draftFromContent(empty, scope, 'id'), plain.indicator.id, { value: '2,5' });
    draft = typed(draft, other.indicator.id, { value: '3' });
    const sent = entryFromDraft(draft, scope).realisations;
    expect(sent.map((r) => r.indicatorId)).toEqual([other.indicator.id]);
    // As text that is no number: marked at once, and the form counts it as not saved.
    expect(unreadableFields(draft, scope)).toEqual([
      { path: `indicators.${plain.indicator.id}.value`, message: '2,5: jumlah harus bilangan bulat' },
    ]);
  });

  it('nothing to report needs a reason, not a value', () => {
    if (!plain) throw new Error('no plain indicator');
    const draft = typed(draftFromContent(empty, scope, 'id'), plain.indicator.id, { nothingToReport: true });
    const paths = liveIssues({ agreement, content: empty, draft, scope, earlierParts: [] }).map(
      (i) => i.path,
    );
    expect(paths).toContain(`indicators.${plain.indicator.id}.explanation`);
    expect(paths).not.toContain(`indicators.${plain.indicator.id}.value`);
  });

  it('points the API’s indexed save errors at the field they concern', () => {
    const entry = {
      realisations: [{ indicatorId: 'a' }, { indicatorId: 'b' }],
      budget: [{ activityCode: '1.2', amount: 5 }],
      narratives: [],
    };
    expect(fieldPathOf('entry.realisations.1.numerator', entry)).toBe('indicators.b.value');
    expect(fieldPathOf('entry.budget.0.amount', entry)).toBe('activities.1.2.amount');
    expect(fieldPathOf('revision', entry)).toBe('revision');
  });

  it('keeps what was typed when the language changes, re-written the new way', async () => {
    const { convertDraft } = await import('./part-draft');
    const draft = draftFromContent(
      { ...empty, budget: [{ activityCode: scope.activities[0]?.code ?? '', amount: 53_608_000 }] },
      scope,
      'id',
    );
    const code = scope.activities[0]?.code ?? '';
    expect(draft.budget[code]).toBe('53.608.000');
    expect(convertDraft(draft, 'en').budget[code]).toBe('53,608,000');
  });
});
