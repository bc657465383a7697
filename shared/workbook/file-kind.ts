import { refuseWorkbook } from './workbook-problem.js';

/**
 * What an uploaded file is, by its first bytes rather than its name: a PDF renamed to .xlsx, a
 * password-protected workbook (Excel saves those as an encrypted compound file, not a zip), a
 * workbook of Excel 97–2003 and LibreOffice's own (a zip too) each get their own answer.
 */
export type TWorkbookFormat = 'xlsx' | 'csv';

const startsWith = (bytes: Uint8Array, signature: readonly number[]) =>
  signature.every((byte, i) => bytes[i] === byte);

const zip = [0x50, 0x4b, 0x03, 0x04];
const compoundFile = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const pdf = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
// An OpenDocument file's zip starts with its type, stored: "mimetype" and then the type itself.
const openDocument = [...'mimetypeapplication/vnd.oasis.opendocument'].map((char) => char.charCodeAt(0));
// The stream an encrypted OOXML package keeps its key data in, named in UTF-16 in the directory.
const encryptionInfo = [...'EncryptionInfo'].flatMap((char) => [char.charCodeAt(0), 0]);

/** Whether `bytes` hold `sequence` anywhere. */
function holds(bytes: Uint8Array, sequence: readonly number[]): boolean {
  const first = sequence[0];
  for (let i = bytes.indexOf(first ?? 0); i >= 0; i = bytes.indexOf(first ?? 0, i + 1)) {
    if (sequence.every((byte, k) => bytes[i + k] === byte)) return true;
  }
  return false;
}

/** The format to read `bytes` as, or a refusal naming what the file is instead. */
export function workbookFormatOf(bytes: Uint8Array, fileName: string): TWorkbookFormat {
  if (startsWith(bytes, pdf)) return refuseWorkbook({ code: 'renamedPdf' });
  if (startsWith(bytes, compoundFile)) {
    return refuseWorkbook({ code: holds(bytes, encryptionInfo) ? 'encrypted' : 'oldExcel' });
  }
  if (startsWith(bytes, zip)) {
    if (holds(bytes.subarray(0, 100), openDocument)) return refuseWorkbook({ code: 'openDocument' });
    return 'xlsx';
  }
  if (/\.xlsx$/i.test(fileName)) return refuseWorkbook({ code: 'corrupt' });
  if (/\.csv$/i.test(fileName) && !bytes.includes(0)) return 'csv';
  return refuseWorkbook({ code: 'wrongType' });
}
