import type { ReactNode } from 'react';
import { agreementMessages } from '../../../../shared/messages/web/agreement';
import { quarters } from '../../../../shared/model/quarter';
import { Card } from '../../components/card';
import { useMessages } from '../../i18n/i18n';

type TAgreementTableProps = { title: string; intro?: ReactNode; add: ReactNode; children: ReactNode };

/**
 * A section of the agreement: its parts' rows (drawn by the section, grouped under each part)
 * under the columns every section shares, then the button that adds one more part.
 */
export function AgreementTable({ title, intro, add, children }: TAgreementTableProps) {
  const m = useMessages(agreementMessages);
  return (
    <Card title={title}>
      {intro}
      <div className="table-scroll">
        <table className="data-table agreement-table stack-on-phone">
          <thead>
            <tr>
              <th scope="col">{m.code}</th>
              <th scope="col">{m.indicator}</th>
              <th scope="col">{m.unit}</th>
              <th scope="col" className="num">
                {m.target}
              </th>
              {quarters.map((q) => (
                <th key={q} scope="col" className="num">
                  {m.quarterTarget(q)}
                </th>
              ))}
            </tr>
          </thead>
          {children}
        </table>
      </div>
      {add}
    </Card>
  );
}
