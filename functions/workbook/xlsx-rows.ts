import { inflateRawSync } from 'node:zlib';
import { zipSync } from 'fflate';
import { maxWorkbookRows } from '../../shared/workbook/workbook.js';
import { refuseWorkbook } from '../../shared/workbook/workbook-problem.js';

/**
 * What a workbook may unpack to, less the formatted empty rows it is read without: 30 MB (the
 * row limit's sheets take about 4 MB); counting rows unpacks up to 200 MB, so a workbook of
 * 100.000 rows is told its row count while a zip bomb is refused unopened.
 */
const maxUnpackedBytes = 30 * 1024 * 1024;
const maxCountedBytes = 200 * 1024 * 1024;
/**
 * Formatted empty rows beyond which a workbook is read without them: exceljs took 3 s and 200 MB
 * for 100.000 (measured; with their styled empty cells 6 s and 500 MB), and Excel keeps one for
 * each row a fill or border was dragged over, LibreOffice one for each styled row.
 */
const maxEmptyRowsKept = 1_000;
/**
 * Cells the merged ranges of a workbook may cover: exceljs makes a cell for each one as it loads
 * the file (measured: 200.000 took 0,4 s and 150 MB, 2 million 2,8 s and 600 MB, and a sheet of
 * 1,4 KB merging A1:XFD1048576 ran out of 1,5 GB after 28 s). A title merged across 30 columns
 * on each of 5.000 rows is 150.000.
 */
const maxMergedCells = 200_000;

type TZipEntry = { name: string; method: number; size: number; unpacked: number; localOffset: number };

/**
 * Refuses an XLSX that is no readable zip, holds no workbook, unpacks to more than the limit, or
 * holds more rows than the limit, before exceljs opens it: exceljs takes about 7 s and 1,1 GB for 100.000 rows
 * (measured), so those are counted in the sheets' XML first, with zlib alone. Only rows holding
 * a value count; where a sheet keeps many empty ones for their format, the workbook to read is
 * returned without them (each row names its number, so the others keep theirs).
 */
export function xlsxWithinLimits(bytes: Uint8Array): Uint8Array {
  const entries = zipEntries(bytes);
  // A zip without a workbook is no spreadsheet: a Word document or an archive renamed .xlsx.
  if (!entries.some((entry) => entry.name === 'xl/workbook.xml')) refuseWorkbook({ code: 'wrongType' });
  const unpacked = entries.reduce((sum, entry) => sum + entry.unpacked, 0);
  if (unpacked > maxCountedBytes) refuseWorkbook({ code: 'contentTooLarge' });
  let rows = 0;
  let emptyRows = 0;
  let emptyBytes = 0;
  let mergedCells = 0;
  let largestMerge = { range: '', cells: 0 };
  // Each sheet's empty rows by byte range; its XML is let go once counted (up to 200 MB).
  const empty = new Map<TZipEntry, number[]>();
  for (const entry of entries.filter((e) => /^xl\/worksheets\/[^/]+\.xml$/.test(e.name))) {
    const sheet = sheetRows(unpack(bytes, entry));
    rows += sheet.rows;
    emptyRows += sheet.emptyRows;
    mergedCells += sheet.mergedCells;
    if (sheet.largestMerge.cells > largestMerge.cells) largestMerge = sheet.largestMerge;
    for (let i = 0; i < sheet.empty.length; i += 2)
      emptyBytes += (sheet.empty[i + 1] ?? 0) - (sheet.empty[i] ?? 0);
    empty.set(entry, sheet.empty);
  }
  if (rows > maxWorkbookRows) refuseWorkbook({ code: 'tooManyRows', rows, maxRows: maxWorkbookRows });
  if (mergedCells > maxMergedCells)
    refuseWorkbook({ code: 'mergedTooLarge', range: largestMerge.range, maxCells: maxMergedCells });
  if (emptyRows <= maxEmptyRowsKept) {
    if (unpacked > maxUnpackedBytes) refuseWorkbook({ code: 'contentTooLarge' });
    return bytes;
  }
  if (unpacked - emptyBytes > maxUnpackedBytes) refuseWorkbook({ code: 'contentTooLarge' });
  const files: Record<string, Uint8Array> = {};
  for (const entry of entries) files[entry.name] = without(unpack(bytes, entry), empty.get(entry) ?? []);
  return zipSync(files);
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

/** What the scan of a sheet finds. */
type TSheetScan = {
  rows: number;
  emptyRows: number;
  empty: number[];
  mergedCells: number;
  largestMerge: { range: string; cells: number };
};

/**
 * A sheet's rows holding a value (a cell's <v>, <is> or <f>), and those holding none that name
 * their number (r="…"): their count and byte ranges, as pairs of from and to, adjacent ones joined;
 * and the cells its merged ranges (<mergeCell ref="A1:C2"/>) cover, with the largest range.
 * Read a megabyte of its XML at a time: a zip bomb's 180 MB of empty rows as one string, or as a
 * list of their 30 million matches, would take the function's memory. The tags are taken in
 * order across the pieces, each once, so where a piece ends decides nothing.
 */
function sheetRows(xml: Buffer): TSheetScan {
  const chunk = 1024 * 1024;
  let rows = 0;
  let emptyRows = 0;
  const empty: number[] = [];
  let mergedCells = 0;
  let largestMerge = { range: '', cells: 0 };
  // The row being read, as plain values (30 million rows are no objects to make): where it
  // starts (-1 outside rows), whether it names its number, whether it holds a value.
  let rowAt = -1;
  let numbered = false;
  let held = false;
  const tags = /<(?:\w+:)?(row|v|is|f|mergeCell)[\s>/]|<\/(?:\w+:)?sheetData>/g;
  const end = (at: number) => {
    if (rowAt >= 0 && numbered && !held) {
      emptyRows++;
      if (empty.at(-1) === rowAt) empty[empty.length - 1] = at;
      else empty.push(rowAt, at);
    }
    rowAt = -1;
  };
  for (let from = 0; from < xml.length; from += chunk) {
    // Each piece runs 64 bytes into the next, so that a tag cut at its end is seen whole; a
    // tag starting there is the next piece's.
    const text = xml.toString('latin1', from, from + chunk + 64);
    // exec, not matchAll: a third less time over a bomb's 30 million rows (measured).
    tags.lastIndex = 0;
    for (let match = tags.exec(text); match && match.index < chunk; match = tags.exec(text)) {
      const at = from + match.index;
      if (match[1] === 'row') {
        end(at);
        // r="…" first, as Excel, LibreOffice and exceljs write it: from the bytes, not the piece.
        const after = at + match[0].length;
        rowAt = at;
        numbered = xml[after] === 0x72 && xml[after + 1] === 0x3d;
        held = false;
      } else if (match[1] === 'mergeCell') {
        const range = mergeRange(xml.toString('latin1', at, at + 256));
        mergedCells += range.cells;
        if (range.cells > largestMerge.cells) largestMerge = range;
      } else if (match[1] === undefined) end(at);
      else if (rowAt >= 0 && !held) {
        held = true;
        rows++;
      }
    }
  }
  return { rows, emptyRows, empty, mergedCells, largestMerge };
}

/**
 * A merged range's reference and the cells it covers, from its tag: "A1:XFD1048576" covers 17
 * billion. A reference not read as one counts as covering more than any workbook may.
 */
function mergeRange(tag: string): { range: string; cells: number } {
  const ref = /^<[^>]*?\sref="([^"]{0,64})"/.exec(tag)?.[1] ?? '';
  const [from, to = from] = ref.split(':').map((cell) => /^\$?([A-Z]{1,3})\$?(\d{1,7})$/i.exec(cell));
  if (!from || !to) return { range: ref.slice(0, 32), cells: Number.POSITIVE_INFINITY };
  const column = (letters = '') =>
    [...letters.toUpperCase()].reduce((n, letter) => n * 26 + letter.charCodeAt(0) - 64, 0);
  const rows = Math.abs(Number(to[2]) - Number(from[2])) + 1;
  const columns = Math.abs(column(to[1]) - column(from[1])) + 1;
  return { range: ref, cells: rows * columns };
}

/** A sheet's XML without the byte ranges `ranges` lists as pairs of from and to. */
function without(xml: Buffer, ranges: readonly number[]): Buffer {
  if (ranges.length === 0) return xml;
  const kept: Buffer[] = [];
  let at = 0;
  for (let i = 0; i < ranges.length; i += 2) {
    kept.push(xml.subarray(at, ranges[i]));
    at = ranges[i + 1] ?? xml.length;
  }
  kept.push(xml.subarray(at));
  return Buffer.concat(kept);
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
