import { describe, expect, it } from 'vitest';
import { standingSendBack, type TQuarterRecord } from './records.js';

const sentBack = {
  at: '2019-07-20T10:00:00+08:00',
  by: 'admin-bappeda',
  byName: 'Admin Bappeda',
  reason: 'Realisasi anggaran belum sesuai SP2D',
};
const quarter: TQuarterRecord = {
  agencyId: 'dinsos-hss',
  year: 2019,
  quarter: 2,
  state: 'open',
  dueAt: '2019-07-10T23:59:00+08:00',
  signedOffAt: '2019-07-15T09:00:00+08:00',
  signOffCount: 1,
  revision: 3,
  updatedAt: sentBack.at,
  updatedBy: 'admin-bappeda',
  sentBack,
};

describe('why the Bappeda sent a quarter back', () => {
  it('stands while the quarter is open again after it', () => {
    expect(standingSendBack(quarter)).toEqual(sentBack);
  });

  it('is behind the agency once the head signed the quarter off again', () => {
    const resigned = { ...quarter, state: 'signed_off' as const, signedOffAt: '2019-07-22T09:00:00+08:00' };
    expect(standingSendBack(resigned)).toBeUndefined();
    // Reopened by the head after that sign-off: it is the head's reopening, not the Bappeda's.
    expect(standingSendBack({ ...resigned, state: 'open' })).toBeUndefined();
  });

  it('is nothing for a quarter never sent back', () => {
    expect(standingSendBack({ ...quarter, sentBack: undefined })).toBeUndefined();
  });
});
