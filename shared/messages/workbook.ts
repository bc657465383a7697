import { defineMessages } from '../i18n.js';

/**
 * What the import says of an uploaded workbook it cannot read: each bad file named for what it
 * is, with what to do about it. Sizes and counts come formatted in the reader's language.
 */
export const workbookMessages = defineMessages(
  {
    fileType: 'hanya berkas Excel (.xlsx) atau CSV (.csv) yang diterima',
    fileSize: (limit: string) => `berkas maksimal ${limit}`,
    notUploaded: 'berkas belum diunggah atau sudah kedaluwarsa: unggah lagi',
    problems: {
      wrongType: 'Berkas ini bukan lembar kerja: unggah berkas Excel (.xlsx) atau CSV (.csv).',
      oldExcel: 'Berkas ini format Excel lama (.xls): buka di Excel lalu simpan sebagai .xlsx.',
      openDocument:
        'Berkas ini lembar kerja OpenDocument (.ods, LibreOffice): di LibreOffice pilih File → Simpan Sebagai, jenis Excel 2007-365 (.xlsx), lalu unggah lagi.',
      renamedPdf: 'Berkas ini sebenarnya PDF yang diganti namanya, bukan lembar kerja Excel.',
      encrypted:
        'Berkas ini dilindungi kata sandi: buka di Excel, hapus kata sandinya, simpan, lalu unggah lagi.',
      corrupt: 'Berkas Excel ini rusak atau tidak lengkap: simpan ulang dari Excel lalu unggah lagi.',
      tooLarge: (limit: string) => `Berkas lebih besar dari ${limit}.`,
      contentTooLarge: 'Isi berkas terlalu besar untuk dibaca: hapus lembar yang tidak diperlukan.',
      tooManyRows: (rows: string, limit: string) =>
        `Berkas berisi ${rows} baris; paling banyak ${limit} baris.`,
      tooManyColumns: (sheet: string, limit: string) => `Lembar '${sheet}' lebih lebar dari ${limit} kolom.`,
      cellsTooLarge:
        'Sel-sel berkas ini memuat terlalu banyak isi untuk dibaca sekaligus: hapus lembar, kolom atau teks panjang yang tidak diperlukan, atau bagi ke beberapa berkas.',
      mergedTooLarge: (range: string, limit: string) =>
        `Sel gabungan di berkas ini (terbesar: ${range}) mencakup lebih dari ${limit} sel, lebih luas dari tabel PK atau LKj mana pun: batalkan penggabungan sel yang tidak diperlukan, lalu unggah lagi.`,
      noVisibleData: (hidden: string) =>
        hidden
          ? `Tidak ada data di lembar yang terlihat (lembar tersembunyi tidak dibaca: ${hidden}).`
          : 'Berkas ini kosong.',
      formulaText: (sheet: string, cell: string, text: string) =>
        `Lembar '${sheet}', sel ${cell}: '${text}' diawali =, +, -, @ sehingga dapat dijalankan sebagai rumus. Hapus tanda di depannya, atau di Excel format selnya sebagai Teks.`,
      formulaWithoutValue: (sheet: string, cell: string) =>
        `Lembar '${sheet}', sel ${cell}: rumus tanpa nilai tersimpan. Buka berkas di Excel, simpan, lalu unggah lagi.`,
    },
  },
  {
    fileType: 'only Excel (.xlsx) or CSV (.csv) files are accepted',
    fileSize: (limit) => `a file may be at most ${limit}`,
    notUploaded: 'the file was not uploaded or has expired: upload it again',
    problems: {
      wrongType: 'This file is no spreadsheet: upload an Excel (.xlsx) or CSV (.csv) file.',
      oldExcel: 'This file is in the old Excel format (.xls): open it in Excel and save it as .xlsx.',
      openDocument:
        'This file is an OpenDocument spreadsheet (.ods, LibreOffice): in LibreOffice choose File → Save As, type Excel 2007-365 (.xlsx), and upload it again.',
      renamedPdf: 'This file is a PDF with another name, not an Excel workbook.',
      encrypted:
        'This file is password-protected: open it in Excel, remove the password, save it and upload it again.',
      corrupt: 'This Excel file is damaged or incomplete: save it again from Excel and upload it again.',
      tooLarge: (limit) => `The file is larger than ${limit}.`,
      contentTooLarge: 'The file unpacks to too much to read: remove the sheets you do not need.',
      tooManyRows: (rows, limit) => `The file has ${rows} rows; at most ${limit} are read.`,
      tooManyColumns: (sheet, limit) => `Sheet '${sheet}' is wider than ${limit} columns.`,
      cellsTooLarge:
        'The cells of this file hold too much to read at once: remove the sheets, columns or long texts you do not need, or split it into several files.',
      mergedTooLarge: (range, limit) =>
        `The merged cells of this file (the largest: ${range}) cover more than ${limit} cells, wider than any PK or LKj table: unmerge the cells you do not need and upload it again.`,
      noVisibleData: (hidden) =>
        hidden
          ? `No data on the visible sheets (hidden sheets are not read: ${hidden}).`
          : 'This file is empty.',
      formulaText: (sheet, cell, text) =>
        `Sheet '${sheet}', cell ${cell}: '${text}' starts with =, +, -, @ and could run as a formula. Remove the leading sign, or format the cell as Text in Excel.`,
      formulaWithoutValue: (sheet, cell) =>
        `Sheet '${sheet}', cell ${cell}: a formula without a saved value. Open the file in Excel, save it and upload it again.`,
    },
  },
);
