import ExcelJS from 'exceljs';

/** A workbook built with exceljs, as bytes; `build` fills it. Apart from workbook-files.ts so the browser tests load no in-process API. */
export async function xlsxFile(build: (workbook: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
