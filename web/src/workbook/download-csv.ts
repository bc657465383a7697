import type { TLocale } from '../../../shared/i18n';
import { type TCsvValue, writeCsv } from '../../../shared/workbook/write-csv';

/** Saves a sheet as a CSV file the person opens in Excel, fills and uploads again. */
export function downloadCsv(
  fileName: string,
  sheet: { columns: readonly { header: string }[]; rows: readonly (readonly TCsvValue[])[] },
  locale: TLocale,
): void {
  const csv = writeCsv(
    sheet.columns.map((c) => c.header),
    sheet.rows,
    locale,
  );
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
