import { describe, expect, it } from 'vitest';
import { draftFromContent, entryFromDraft, type TPartDraft, unreadableFields } from './part-draft';
import { empty, scope } from './part-draft.fixture';
import { applyPaste, planPaste } from './paste-plan';

const draft = (lang: 'id' | 'en' = 'id'): TPartDraft => draftFromContent(empty, scope, lang);
const plainIds = scope.places.filter((p) => !p.indicator.ratio).map((p) => p.indicator.id);

describe('pasting from a spreadsheet into the quarter form', () => {
  it('fills consecutive indicators from the one pasted into, not one field with every number', () => {
    const from = plainIds[0] ?? expect.fail('no plain indicator');
    const plan = planPaste(scope, draft(), from, '130\r\n20\r\n8\r\n');
    expect(plan.lines.map((line) => line.texts)).toEqual([['130'], ['20'], ['8']]);
    expect(plan.lines[0]?.indicatorId).toBe(from);
    const start = scope.places.findIndex((p) => p.indicator.id === from);
    expect(plan.lines.map((line) => line.indicatorId)).toEqual(
      scope.places.slice(start, start + 3).map((p) => p.indicator.id),
    );
    const entry = entryFromDraft(applyPaste(draft(), plan), scope);
    expect(entry.realisations.map((r) => r.value ?? r.numerator)).toEqual([130, 20, 8]);
  });

  it("reads an English sheet's numbers in the Indonesian form and says what did not fit", () => {
    const last = scope.places.at(-1)?.indicator.id ?? expect.fail('no indicator');
    const plan = planPaste(scope, draft(), last, '1,234.5\n6,562\n');
    expect(plan.lines).toHaveLength(1);
    expect(plan.lines[0]?.texts).toEqual(['1.234,5']);
    expect(plan.leftOver).toBe(1);
  });

  it('keeps a cell that is no number, marked, instead of dropping it', () => {
    const from = plainIds[0] ?? expect.fail('no plain indicator');
    const plan = planPaste(scope, draft(), from, '12\nabc\n');
    expect(plan.lines.map((line) => line.readable)).toEqual([true, false]);
    const after = applyPaste(draft(), plan);
    expect(unreadableFields(after, scope)).toHaveLength(1);
    expect(Object.values(after.indicators).map((d) => d.value)).toContain('abc');
  });

  it("puts a block's two columns into a ratio's parts, and skips indicators with nothing to report", () => {
    const block = planPaste(scope, draft(), 'persentase-pmks-mandiri', '10.249\t16.982\n');
    expect(block.lines[0]?.change).toEqual({ numerator: '10.249', denominator: '16.982' });
    const [first, second, third] = scope.places.map((p) => p.indicator.id);
    const base = draft();
    const secondDraft = second ? base.indicators[second] : undefined;
    if (!first || !second || !third || !secondDraft) return expect.fail('too few indicators');
    const skipping: TPartDraft = {
      ...base,
      indicators: { ...base.indicators, [second]: { ...secondDraft, nothingToReport: true } },
    };
    const plan = planPaste(scope, skipping, first, '1\n2\n');
    expect(plan.lines.map((line) => line.indicatorId)).toEqual([first, third]);
  });
});
