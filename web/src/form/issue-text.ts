import type { TLanguage } from '../i18n/language';

// The submission rules in shared/ speak Indonesian (they are the report's rules); English
// readers get the same facts, matched by shape so the numbers carry over.
const english: [RegExp, (...groups: string[]) => string][] = [
  [/^"(.*)": realisasi belum diisi$/, (name) => `"${name}": realisation not entered`],
  [/^jelaskan mengapa tidak ada yang dilaporkan$/, () => 'explain why there is nothing to report'],
  [
    /^capaian (.+) % di luar (.+)–(.+) %: penjelasan wajib diisi$/,
    (value, below, above) =>
      `achievement ${value.replace(',', '.')}% is outside ${below}–${above}%: an explanation is required`,
  ],
  [
    /^nilai kumulatif tidak boleh turun dari triwulan sebelumnya \((.+)\)$/,
    (previous) =>
      `a cumulative value may not fall below the previous quarter's (${previous.replace(',', '.')})`,
  ],
  [
    /^realisasi anggaran melebihi alokasi kegiatan (.+)$/,
    (code) => `spending exceeds the allocation of activity ${code}`,
  ],
  [/^angka tidak valid$/, () => 'not a number'],
];

/** A rule's message in the reader's language. */
export function issueText(message: string, lang: TLanguage): string {
  if (lang === 'id') return message;
  for (const [pattern, say] of english) {
    const match = pattern.exec(message);
    if (match) return say(...match.slice(1));
  }
  return message;
}
