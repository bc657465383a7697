import { strToU8, zipSync } from 'fflate';
import { expect } from 'vitest';
import { clientAs, expectStatus } from './api-client.js';
import { xlsxFile } from './xlsx-file.js';

/** A small agreement-like sheet: a merged objective, a formula with its saved result, Indonesian text numbers. */
export const agreementLikeXlsx = () =>
  xlsxFile((workbook) => {
    const sheet = workbook.addWorksheet('PK 2019');
    sheet.addRow(['Sasaran', 'Indikator', 'Satuan', 'Target', 'TW1', 'TW2', 'Anggaran']);
    sheet.addRow([
      'Meningkatnya kemandirian PMKS',
      'Persentase PMKS mandiri',
      'Persen',
      '65,74',
      10,
      '1.5',
      '15.959.915.800',
    ]);
    sheet.addRow([null, 'Jumlah KPM', 'KPM', 6562, 6562, 6562, 1_500_000]);
    sheet.mergeCells('A2:A3');
    sheet.getCell('H2').value = { formula: 'G2+G3', result: 15_961_415_800 };
    const hidden = workbook.addWorksheet('Rahasia', { state: 'hidden' });
    hidden.addRow(['=HYPERLINK("http://evil")', 'not read']);
  });

/** A CSV as Excel saves it on an Indonesian Windows: semicolons, decimal commas. */
export const semicolonCsv = () =>
  new TextEncoder().encode(
    '\uFEFFIndikator;Satuan;Target;Anggaran\r\n"Bantuan; usaha";Orang;"65,74";15.959.915.800\r\n;;;\r\nJumlah;KPM;6562;\r\n',
  );

/**
 * A compound file (OLE2) as Excel writes a password-protected workbook: its directory names the
 * EncryptionInfo stream (in UTF-16). Built by hand: only its signature and that name are read.
 */
export function encryptedWorkbook(): Uint8Array {
  const bytes = new Uint8Array(4096);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 0);
  bytes.set(new Uint8Array(Buffer.from('EncryptionInfo', 'utf16le')), 1024);
  bytes.set(new Uint8Array(Buffer.from('EncryptedPackage', 'utf16le')), 1152);
  return bytes;
}

/** An Excel 97–2003 workbook's compound file: the signature and a Workbook stream, no encryption. */
export function oldExcelWorkbook(): Uint8Array {
  const bytes = new Uint8Array(4096);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 0);
  bytes.set(new Uint8Array(Buffer.from('Workbook', 'utf16le')), 1024);
  return bytes;
}

/** An OpenDocument spreadsheet (LibreOffice's .ods): a zip whose first entry, stored, names its type. */
export const odsFile = () =>
  zipSync({
    mimetype: [strToU8('application/vnd.oasis.opendocument.spreadsheet'), { level: 0 }],
    'content.xml': strToU8('<office:document-content/>'),
  });

/** A Word document: a zip like a workbook's, without one. */
export const docxFile = () =>
  zipSync({
    '[Content_Types].xml': strToU8('<Types/>'),
    'word/document.xml': strToU8('<w:document/>'),
  });

export const pdfFile = () =>
  new TextEncoder().encode('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n');

/** A CSV of `rows` rows. */
export const csvOfRows = (rows: number) => new TextEncoder().encode('1;Indikator;100\n'.repeat(rows));

/** Uploads `bytes` as a browser would: asks the API for a URL, PUTs the file there. */
export async function uploadWorkbook(userId: string, agencyId: string, fileName: string, bytes: Uint8Array) {
  const requested = await expectStatus(
    clientAs(userId).agencies[':agencyId'].workbooks.$post({
      param: { agencyId },
      json: { fileName, size: bytes.length },
    }),
    201,
  );
  const put = await fetch(requested.uploadUrl, {
    method: 'PUT',
    headers: requested.uploadHeaders,
    body: Buffer.from(bytes),
  });
  expect(put.status).toBe(200);
  return requested;
}
