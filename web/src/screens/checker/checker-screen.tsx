import { useState } from 'react';
import type { TWorkbookCheck } from '../../../../shared/checker/check-workbook';
import { findingsSheet } from '../../../../shared/checker/findings-sheet';
import { checkerMessages } from '../../../../shared/messages/checker';
import { api, ok } from '../../api/client';
import { useAgency } from '../../app/agency';
import { Card } from '../../components/card';
import { PageTitle } from '../../components/page-title';
import { useLanguage, useMessages } from '../../i18n/i18n';
import { downloadCsv } from '../../workbook/download-csv';
import { WorkbookUpload } from '../../workbook/workbook-upload';
import { FindingsTable } from './findings-table';

/**
 * The checker of reports made by hand: upload an LKj's or a quarter's tables typed in Excel, see
 * every figure typed otherwise, where it stands, beside the computed one.
 */
export default function CheckerScreen() {
  const m = useMessages(checkerMessages);
  const { agency } = useAgency();
  const { lang } = useLanguage();
  const [checked, setChecked] = useState<{ fileName: string; check: TWorkbookCheck } | null>(null);
  return (
    <div className="page">
      <PageTitle title={m.title} />
      <Card title={checked ? checked.fileName : m.upload}>
        <p>{m.intro}</p>
        <WorkbookUpload
          action={m.check}
          use={async (upload) => ({
            fileName: upload.fileName,
            check: await ok(
              api.agencies[':agencyId']['workbook-checks'].$post({
                param: { agencyId: agency.id },
                json: upload,
              }),
            ),
          })}
          onDone={setChecked}
        />
      </Card>
      {checked && (
        <>
          {checked.check.findings.length > 0 && (
            <p>
              <button
                type="button"
                className="secondary"
                onClick={() =>
                  downloadCsv(m.fileName(checked.fileName), findingsSheet(checked.check, lang), lang)
                }
              >
                {m.download}
              </button>
            </p>
          )}
          <FindingsTable check={checked.check} />
        </>
      )}
    </div>
  );
}
