import { describe, expect, it } from 'vitest';
import { issueText } from './issue-text';

describe('submission problems in the reader language', () => {
  it('keeps the rules’ Indonesian and translates it for English readers, numbers included', () => {
    const message = 'capaian 50,00 % di luar 75–150 %: penjelasan wajib diisi';
    expect(issueText(message, 'id')).toBe(message);
    expect(issueText(message, 'en')).toBe(
      'achievement 50.00% is outside 75–150%: an explanation is required',
    );
    expect(issueText('"Indeks X": realisasi belum diisi', 'en')).toBe('"Indeks X": realisation not entered');
    expect(issueText('realisasi anggaran melebihi alokasi kegiatan 1.2', 'en')).toBe(
      'spending exceeds the allocation of activity 1.2',
    );
    expect(issueText('something new', 'en')).toBe('something new');
  });
});
