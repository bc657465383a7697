import { inflateRawSync } from 'node:zlib';
import { maxWorkbookRows } from '../../shared/workbook/workbook.js';
import { refuseWorkbook } from '../../shared/workbook/workbook-problem.js';

/**
 * What a workbook may unpack to: 30 MB (the row limit's sheets take about 4 MB); counting rows
 * unpacks up to 200 MB, so a workbook of 100.000 rows is told its row count while a zip bomb is
 * refused unopened.
 */
const maxUnpackedBytes = 30 * 1024 * 1024;
const maxCountedBytes = 200 * 1024 * 1024;

type TZipEntry = { name: string; method: number; size: number; unpacked: number; localOffset: number };

/**
 * Refuses an XLSX that is no readable zip, holds no workbook, unpacks to more than the limit, or
 * holds more rows than the limit, before exceljs opens it: exceljs takes about 7 s and 1,1 GB for 100.000 rows
 * (measured), so those are counted in the sheets' XML first, with zlib alone.
 */
export function assertXlsxWithinLimits(bytes: Uint8Array): void {
  const entries = zipEntries(bytes);
  // A zip without a workbook is no spreadsheet: a Word document or an archive renamed .xlsx.
  if (!entries.some((entry) => entry.name === 'xl/workbook.xml')) refuseWorkbook({ code: 'wrongType' });
  const unpacked = entries.reduce((sum, entry) => sum + entry.unpacked, 0);
  if (unpacked > maxCountedBytes) refuseWorkbook({ code: 'contentTooLarge' });
  let rows = 0;
  for (const entry of entries.filter((e) => /^xl\/worksheets\/[^/]+\.xml$/.test(e.name))) {
    rows += rowCount(unpack(bytes, entry));
  }
  if (rows > maxWorkbookRows) refuseWorkbook({ code: 'tooManyRows', rows, maxRows: maxWorkbookRows });
  if (unpacked > maxUnpackedBytes) refuseWorkbook({ code: 'contentTooLarge' });
}

/**
 * Whether the workbook asks to be calculated whole when opened (calcPr fullCalcOnLoad), as
 * generators that write formulas without calculating them do (openpyxl, XlsxWriter): its saved
 * results (XlsxWriter saves 0) are no figure anyone saw. Excel and LibreOffice save none such.
 */
export function resultsUncalculated(bytes: Uint8Array): boolean {
  const workbook = zipEntries(bytes).find((entry) => entry.name === 'xl/workbook.xml');
  const xml = workbook ? unpack(bytes, workbook).toString('utf8') : '';
  return /<(?:\w+:)?calcPr\b[^>]*\bfullCalcOnLoad="(?:1|true)"/.test(xml);
}

/**
 * A sheet's rows, counted a megabyte of its XML at a time: a zip bomb's 180 MB of empty rows as
 * one string, or as a list of their 30 million matches, would take the function's memory.
 */
function rowCount(xml: Buffer): number {
  const chunk = 1024 * 1024;
  let count = 0;
  for (let at = 0; at < xml.length; at += chunk) {
    // Each piece runs 64 bytes into the next, so that a tag cut at its end is seen whole; a
    // tag starting there is the next piece's to count.
    const text = xml.toString('latin1', at, at + chunk + 64);
    for (const match of text.matchAll(/<(?:\w+:)?row[\s>/]/g)) if (match.index < chunk) count++;
  }
  return count;
}

function unpack(bytes: Uint8Array, entry: TZipEntry): Buffer {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localOffset;
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const data = bytes.subarray(start, start + entry.size);
  try {
    return entry.method === 0
      ? Buffer.from(data)
      : inflateRawSync(data, { maxOutputLength: maxCountedBytes });
  } catch {
    return refuseWorkbook({ code: 'corrupt' });
  }
}

/** A zip's entries from its central directory (the list at its end); unreadable means corrupt. */
function zipEntries(bytes: Uint8Array): TZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end record is 22 bytes and a comment of at most 64 KB.
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) return refuseWorkbook({ code: 'corrupt' });
  const entries: TZipEntry[] = [];
  let at = view.getUint32(end + 16, true);
  for (let n = view.getUint16(end + 10, true); n > 0; n--) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50)
      return refuseWorkbook({ code: 'corrupt' });
    const nameLength = view.getUint16(at + 28, true);
    entries.push({
      name: Buffer.from(bytes.subarray(at + 46, at + 46 + nameLength)).toString('utf8'),
      method: view.getUint16(at + 10, true),
      size: view.getUint32(at + 20, true),
      unpacked: view.getUint32(at + 24, true),
      localOffset: view.getUint32(at + 42, true),
    });
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return entries;
}
