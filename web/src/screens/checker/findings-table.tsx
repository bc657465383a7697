import type { TWorkbookCheck } from '../../../../shared/checker/check-workbook';
import type { TFinding } from '../../../../shared/checker/finding';
import { findingReason } from '../../../../shared/checker/finding-text';
import { checkerMessages } from '../../../../shared/messages/checker';
import { useAgency } from '../../app/agency';
import { Card } from '../../components/card';
import { DataTable } from '../../components/data-table';
import { useLanguage, useMessages } from '../../i18n/i18n';

/**
 * What the checker found: the sheets it read, then each figure typed otherwise, where it stands
 * (the first 500, said so when there are more).
 */
export function FindingsTable({ check }: { check: TWorkbookCheck }) {
  const m = useMessages(checkerMessages);
  const { lang } = useLanguage();
  const { fmt } = useAgency();
  const c = m.columns;
  const figure = (f: TFinding, x: number | null | undefined) =>
    f.figure === 'rupiah' ? fmt.rupiah(x) : fmt.percent(x);
  return (
    <>
      <Card title={m.sheetsRead}>
        <ul>
          {check.sheets.map((sheet) => (
            <li key={sheet.name}>
              <strong>{sheet.name}</strong>:{' '}
              {sheet.tables.length > 0
                ? `${sheet.tables.map((kind) => m.sheetTables[kind]).join(', ')} · ${m.sheetCounts(sheet.rows, sheet.figures)}`
                : m.noTable}
            </li>
          ))}
        </ul>
      </Card>
      <Card title={m.found(check.findingsCount)}>
        {check.findingsCount > check.findings.length && (
          <p className="muted">{m.listedFirst(check.findings.length, check.findingsCount)}</p>
        )}
        {check.findings.length > 0 && (
          <DataTable
            className="findings-table"
            rows={check.findings}
            rowKey={(f) => `${f.sheet}!${f.cell}`}
            columns={[
              { header: c.cell, rowHeader: true, cell: (f) => `${f.sheet} · ${f.cell}` },
              { header: c.row, cell: (f) => f.rowLabel },
              { header: c.column, cell: (f) => f.columnLabel },
              { header: c.typed, num: true, cell: (f) => f.typed },
              { header: c.computed, num: true, cell: (f) => figure(f, f.computed) },
              { header: c.toDate, num: true, cell: (f) => (f.quarter ? fmt.percent(f.toDate) : '') },
              { header: c.kind, cell: (f) => m.kinds[f.kind] },
              { header: c.why, cell: (f) => findingReason(f, lang) },
            ]}
          />
        )}
      </Card>
    </>
  );
}
