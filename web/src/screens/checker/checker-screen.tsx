import { useState } from 'react';
import type { TWorkbookCheck } from '../../../../shared/checker/check-workbook';
import { checkerMessages } from '../../../../shared/messages/checker';
import type { TWorkbookUpload } from '../../../../shared/workbook/upload-request';
import { api, ok } from '../../api/client';
import { useAgency } from '../../app/agency';
import { Card } from '../../components/card';
import { PageTitle } from '../../components/page-title';
import { useMessages } from '../../i18n/i18n';
import { SheetDownload } from '../../workbook/sheet-download';
import { WorkbookUpload } from '../../workbook/workbook-upload';
import { FindingsTable } from './findings-table';

/**
 * The checker of reports made by hand: upload an LKj's or a quarter's tables typed in Excel, see
 * every figure typed otherwise, where it stands, beside the computed one.
 */
export default function CheckerScreen() {
  const m = useMessages(checkerMessages);
  const { agency } = useAgency();
  const [checked, setChecked] = useState<{ upload: TWorkbookUpload; check: TWorkbookCheck } | null>(null);
  const checksApi = api.agencies[':agencyId']['workbook-checks'];
  return (
    <div className="page">
      <PageTitle title={m.title} />
      <Card title={checked ? checked.upload.fileName : m.upload}>
        <p>{m.intro}</p>
        <WorkbookUpload
          action={m.check}
          use={async (upload) => ({
            upload,
            check: await ok(checksApi.$post({ param: { agencyId: agency.id }, json: upload })),
          })}
          onDone={setChecked}
          // A second file's findings, or its refusal, never stand under the first file's name.
          onStart={() => setChecked(null)}
        />
      </Card>
      {checked && (
        <>
          {checked.check.findings.length > 0 && (
            <SheetDownload
              label={m.download}
              // The API checks the upload again and writes the findings as XLSX.
              link={() =>
                ok(checksApi.findings.$post({ param: { agencyId: agency.id }, json: checked.upload }))
              }
            />
          )}
          <FindingsTable check={checked.check} />
        </>
      )}
    </div>
  );
}
