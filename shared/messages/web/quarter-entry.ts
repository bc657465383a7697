import { defineMessages, plural } from '../../i18n.js';

/** The quarter form's spreadsheet-like entry: pasting a column, Enter, and text that is no number. */
export const quarterEntryMessages = defineMessages(
  {
    hint: 'Enter pindah ke indikator berikutnya. Menempel satu kolom dari Excel atau Google Sheets mengisi indikator-indikator berikutnya.',
    pasteTitle: (rows: number) => `Tempel ${rows} baris dari lembar kerja`,
    pasteHint: 'Periksa ke mana tiap angka masuk, lalu terapkan.',
    indicator: 'Indikator',
    pasted: 'Diisi',
    notANumber: 'bukan angka: tetap diisi dan ditandai sampai diperbaiki',
    leftOver: (rows: number) => `${rows} baris terakhir melebihi indikator unit ini dan tidak dipakai.`,
    apply: 'Terapkan',
    cancel: 'Batal',
    unreadableNotSaved: (fields: number) =>
      `${fields} isian belum tersimpan (bukan angka, atau angka yang tidak diterima indikatornya): perbaiki yang ditandai`,
  },
  {
    hint: 'Enter moves to the next indicator. Pasting a column from Excel or Google Sheets fills the indicators that follow.',
    pasteTitle: (rows) =>
      `Paste ${plural('en', rows, { one: '1 row', other: `${rows} rows` })} from a spreadsheet`,
    pasteHint: 'Check where each number goes, then apply.',
    indicator: 'Indicator',
    pasted: 'Filled in',
    notANumber: 'not a number: put in and marked until fixed',
    leftOver: (rows) =>
      `${plural('en', rows, { one: 'The last row goes', other: `The last ${rows} rows go` })} past this unit's indicators and ${rows === 1 ? 'is' : 'are'} left out.`,
    apply: 'Apply',
    cancel: 'Cancel',
    unreadableNotSaved: (fields) =>
      `${plural('en', fields, { one: '1 field is', other: `${fields} fields are` })} not saved (not a number, or a number its indicator does not take): fix what is marked`,
  },
);
