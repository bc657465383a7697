import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

/** The sheet parts that point to what a workbook holds beside its cells, which the upload never reads. */
export const extraSheetNodes = ['tableParts', 'legacyDrawing', 'drawing'];

// A sheet's link to its comments, their boxes, a table or a drawing, in its relationships file.
const extraRelationship = /<Relationship\b[^>]*\/(?:comments|vmlDrawing|table|drawing)"[^>]*\/>/g;

/**
 * An XLSX without its sheets' links to comments, tables and drawings. exceljs finds those only
 * where Excel puts them; a workbook written elsewhere (openpyxl names them absolutely, in folders
 * of their own) stops it with a TypeError, though its cells are whole.
 */
export function withoutExtras(bytes: Uint8Array): Uint8Array {
  const files = unzipSync(bytes);
  for (const [name, content] of Object.entries(files)) {
    if (/^xl\/worksheets\/_rels\/[^/]+\.rels$/.test(name))
      files[name] = strToU8(strFromU8(content).replace(extraRelationship, ''));
  }
  return zipSync(files);
}
