import { describe, expect, it } from 'vitest';
import { seedContext } from '../report.fixture.js';
import { footerLine } from './report-footer.js';

const standIn = { name: 'Noor Hidayati, S.Sos', rank: 'Penata Tk. I (III/d)', nip: '198001012005012001' };

describe('footerLine', () => {
  it('says which sign-off the file was made from: who, in which capacity, when in the agency’s zone, which', () => {
    const context = seedContext(2, {
      version: 3,
      madeFrom: {
        signed: 'quarter',
        number: 2,
        by: { ...standIn, acting: 'plt' },
        at: '2019-07-12T02:00:00.000Z',
      },
    });
    expect(footerLine(context)).toBe(
      'Dinas Sosial Kabupaten Hulu Sungai Selatan · Disahkan oleh Plt. Noor Hidayati, S.Sos, 12 Juli 2019 10.00 WITA (pengesahan ke-2) · Dibuat 12 Juli 2019 10.30 WITA · Versi 3',
    );
  });

  it("says the agreement's signature in English, and nothing of a source a file was not made from", () => {
    const madeFrom = { signed: 'agreement' as const, number: 2, by: standIn, at: '2019-06-28T02:00:00.000Z' };
    expect(footerLine(seedContext(null, { locale: 'en', madeFrom }))).toBe(
      'Dinas Sosial Kabupaten Hulu Sungai Selatan · Signed by Noor Hidayati, S.Sos, 28 June 2019 10:00 WITA (agreement version 2) · Generated 12 July 2019 10:30 WITA · Version 1',
    );
    expect(footerLine(seedContext(null))).toBe(
      'Dinas Sosial Kabupaten Hulu Sungai Selatan · Dibuat 12 Juli 2019 10.30 WITA · Versi 1',
    );
  });
});
