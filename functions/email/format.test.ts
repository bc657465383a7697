import { describe, expect, it } from 'vitest';
import { commonMessages } from '../../shared/messages/common.js';
import { formatDateTime } from './format.js';

const due = '2026-04-10T23:59:00+08:00';

describe('email formatting', () => {
  it('writes the due moment in the agency’s zone, as Indonesian letters do', () => {
    expect(formatDateTime(due, 'Asia/Makassar', 'id')).toBe('Jumat, 10 April 2026 pukul 23.59 WITA');
    expect(formatDateTime(due, 'Asia/Makassar', 'en')).toBe('Friday, 10 April 2026 at 23:59 WITA');
  });

  it('shows the same instant in WIB, and past midnight in WIT', () => {
    expect(formatDateTime(due, 'Asia/Jakarta', 'id')).toBe('Jumat, 10 April 2026 pukul 22.59 WIB');
    expect(formatDateTime(due, 'Asia/Pontianak', 'id')).toBe('Jumat, 10 April 2026 pukul 22.59 WIB');
    expect(formatDateTime(due, 'Asia/Jayapura', 'id')).toBe('Sabtu, 11 April 2026 pukul 00.59 WIT');
    // A UTC instant is read in the agency's zone too.
    expect(formatDateTime('2026-04-10T00:30:00Z', 'Asia/Makassar', 'id')).toBe(
      'Jumat, 10 April 2026 pukul 08.30 WITA',
    );
  });

  it('names quarters, days and agreements', () => {
    const [id, en] = [commonMessages.id, commonMessages.en];
    expect(id.quarterOfYear(1, 2026)).toBe('Triwulan I 2026');
    expect(en.quarterOfYear(4, 2026)).toBe('Quarter 4 2026');
    expect([0, 1, 3].map(id.daysLeft)).toEqual(['hari ini', 'besok', '3 hari lagi']);
    expect([0, 1, 3].map(en.daysLeft)).toEqual(['today', 'tomorrow', 'in 3 days']);
    expect(id.daysOverdue(4)).toBe('terlambat 4 hari');
    expect([1, 4].map(en.daysOverdue)).toEqual(['1 day overdue', '4 days overdue']);
    expect(id.agreement(2026, 1)).toBe('Perjanjian Kinerja 2026');
    expect(id.agreement(2026, 2)).toBe('Perjanjian Kinerja Perubahan 2026 (versi 2)');
  });
});
