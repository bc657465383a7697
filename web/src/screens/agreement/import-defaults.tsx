import { useId } from 'react';
import type { TImportDefaultsView } from '../../../../shared/agreement-workbook/import-problems';
import { agreementImportMessages } from '../../../../shared/messages/web/agreement-import';
import { DataTable } from '../../components/data-table';
import { useMessages } from '../../i18n/i18n';

type TImportDefaultsProps = {
  defaults: TImportDefaultsView[];
  confirmed: boolean;
  onConfirmed: (confirmed: boolean) => void;
};

/**
 * What the upload leaves out and Capaian proposes (direction, aggregation, annual target, kind,
 * codes), each row's values marked as defaults; the draft waits until the planner accepts them.
 */
export function ImportDefaults({ defaults, confirmed, onConfirmed }: TImportDefaultsProps) {
  const m = useMessages(agreementImportMessages).defaults;
  const id = useId();
  return (
    <section className="import-defaults" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{m.title(defaults.length)}</h3>
      <p>{m.intro}</p>
      <details open>
        <summary>{m.values}</summary>
        <DataTable
          rows={defaults}
          rowKey={(row) => `${row.sheet}:${row.row}:${row.subject}`}
          columns={[
            { header: m.where, cell: (row) => m.place(row.sheet, row.row) },
            { header: m.subject, rowHeader: true, cell: (row) => row.subject },
            {
              header: m.values,
              cell: (row) => (
                <ul className="default-values">
                  {row.values.map(({ field, value }) => (
                    <li key={field}>
                      {field}: <mark className="default-value">{value}</mark>
                    </li>
                  ))}
                </ul>
              ),
            },
          ]}
        />
      </details>
      <label className="checkbox">
        <input type="checkbox" checked={confirmed} onChange={(e) => onConfirmed(e.target.checked)} />{' '}
        {m.confirm}
      </label>
    </section>
  );
}
