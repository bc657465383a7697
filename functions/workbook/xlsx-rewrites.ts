import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

/**
 * Workbooks rewritten where exceljs cannot read them as they are, though Excel opens them and
 * their cells are whole: used only after exceljs stumbled, so the usual read stays as it was.
 */

/** An XLSX with each part whose name matches `part` rewritten. */
function rewritten(bytes: Uint8Array, part: RegExp, rewrite: (xml: string) => string): Uint8Array {
  const files = unzipSync(bytes);
  for (const [name, content] of Object.entries(files)) {
    if (part.test(name)) files[name] = strToU8(rewrite(strFromU8(content)));
  }
  return zipSync(files);
}

/** The sheet parts that point to what a workbook holds beside its cells, which the upload never reads. */
export const extraSheetNodes = ['tableParts', 'legacyDrawing', 'drawing'];

// A sheet's link to its comments, their boxes, a table or a drawing, in its relationships file.
const extraRelationship = /<Relationship\b[^>]*\/(?:comments|vmlDrawing|table|drawing)"[^>]*\/>/g;

/**
 * Without its sheets' links to comments, tables and drawings: exceljs finds those only where Excel
 * puts them, and a workbook written elsewhere (openpyxl names them absolutely, in folders of their
 * own) stops it with a TypeError.
 */
export const withoutExtras = (bytes: Uint8Array): Uint8Array =>
  rewritten(bytes, /^xl\/worksheets\/_rels\/[^/]+\.rels$/, (xml) => xml.replace(extraRelationship, ''));

// A text cell (t="str": a formula's) up to its saved value where that is empty.
const emptyTextResult = /(<c\b[^>]*\bt="str"[^>]*>(?:(?!<\/c>)[\s\S])*?)(?:<v\s*\/>|<v><\/v>)/g;

/**
 * With a formula's empty text result ("" of an IF, which Excel and LibreOffice save as an empty
 * value) saved as a space: exceljs reads an empty one as no result at all, so the cell would be
 * refused as a formula never calculated; a space is read as the blank cell it shows.
 */
export const withEmptyTextResults = (bytes: Uint8Array): Uint8Array =>
  rewritten(bytes, /^xl\/worksheets\/[^/]+\.xml$/, (xml) => xml.replace(emptyTextResult, '$1<v> </v>'));
