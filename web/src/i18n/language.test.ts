import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fixtureAgreement, fixtureUnits } from '../../../shared/model/agreement.fixture';

// Fresh modules: the app wires its language into shared/i18n when language.ts loads, and the
// unit tier's workers share modules between files that set other languages.
beforeEach(() => vi.resetModules());
// The fresh modules are the ones later files of this worker get: leave them in Indonesian.
afterEach(async () => (await import('./language')).rememberLanguage('id'));

describe('the language of the rules run in the browser', () => {
  it('follows the language chosen in the app, numbers included', async () => {
    const { checkAgreement } = await import('../../../shared/model/agreement-rules');
    const { currentLanguage, rememberLanguage } = await import('./language');
    const agreement = fixtureAgreement();
    const indicator = agreement.programs[0]?.indicators[0];
    if (!indicator) throw new Error('the fixture has no program indicator');
    indicator.aggregation = 'sum';
    indicator.target = 1000.5;
    indicator.quarterTargets = [100, 100, 100, 100];
    const message = () =>
      checkAgreement(agreement, fixtureUnits).find((issue) => issue.path.endsWith('quarterTargets'))?.message;

    expect(currentLanguage()).toBe('id');
    expect(message()).toBe('jumlah target TW1–TW4 (400) harus sama dengan target tahunan (1.000,5)');
    rememberLanguage('en');
    expect(message()).toBe('the sum of the Q1–Q4 targets (400) must equal the annual target (1,000.5)');
  });
});
