import { useMutation } from '@tanstack/react-query';
import { useId, useState } from 'react';
import type { TAgreementChange } from '../../../../shared/agreement-workbook/agreement-changes';
import { agreementMessages } from '../../../../shared/messages/web/agreement';
import { agreementImportMessages } from '../../../../shared/messages/web/agreement-import';
import type { TAgreementRecord } from '../../../../shared/model/records';
import { ZWorkbookUploadRequestSchema } from '../../../../shared/workbook/upload-request';
import { ApiError } from '../../api/api-error';
import { api, ok } from '../../api/client';
import { useAgency } from '../../app/agency';
import { Card } from '../../components/card';
import { DataTable } from '../../components/data-table';
import { ErrorMessage } from '../../components/error-message';
import { putWithProgress } from '../../evidence/put-with-progress';
import { useMessages } from '../../i18n/i18n';

type TAgreementImportProps = { year: number; onImported: (record: TAgreementRecord) => void };

/**
 * The agreement from a workbook: the template to download, an upload checked with the agreement's
 * rules (its problems by sheet, row and column; what it creates, changes and removes), and only
 * then the draft, which goes through submit → sign as any other.
 */
export function AgreementImport(props: TAgreementImportProps) {
  const m = useMessages(agreementImportMessages);
  const kinds = useMessages(agreementMessages).kinds;
  const { agency } = useAgency();
  const id = useId();
  const param = { agencyId: agency.id, year: String(props.year) };
  const agreementApi = api.agencies[':agencyId'].years[':year'].agreement;
  const [file, setFile] = useState<File | null>(null);

  const template = useMutation({
    mutationFn: () => ok(agreementApi.template.$get({ param })),
    onSuccess: ({ url }) => window.location.assign(url),
  });
  // Uploaded and checked in one step; the upload is named again to create the draft.
  const check = useMutation({
    mutationFn: async (chosen: File) => {
      const request = ZWorkbookUploadRequestSchema.safeParse({ fileName: chosen.name, size: chosen.size });
      if (!request.success) throw new ApiError(400, 'BAD_REQUEST', request.error.issues[0]?.message ?? '');
      const upload = await ok(
        api.agencies[':agencyId'].workbooks.$post({ param: { agencyId: agency.id }, json: request.data }),
      );
      await putWithProgress(upload.uploadUrl, upload.uploadHeaders, chosen, () => {});
      const named = { uploadId: upload.uploadId, fileName: upload.fileName };
      return { named, result: await ok(agreementApi.import.check.$post({ param, json: named })) };
    },
  });
  const create = useMutation({
    mutationFn: (named: { uploadId: string; fileName: string }) =>
      ok(agreementApi.import.$post({ param, json: named })),
    onSuccess: props.onImported,
  });
  const checked = check.data;
  const count = (change: TAgreementChange['change']) =>
    checked?.result.changes.filter((c) => c.change === change).length ?? 0;

  return (
    <Card title={m.title} className="agreement-import">
      <p>{m.intro}</p>
      <div className="inline-form">
        <button
          type="button"
          className="secondary"
          disabled={template.isPending}
          onClick={() => template.mutate()}
        >
          {m.template}
        </button>
      </div>
      <div className="inline-form">
        <label htmlFor={`${id}-file`}>{m.file}</label>
        <input
          id={`${id}-file`}
          type="file"
          accept=".xlsx,.csv"
          aria-describedby={`${id}-limits`}
          onChange={(e) => {
            setFile(e.target.files?.[0] ?? null);
            check.reset();
            create.reset();
          }}
        />
        <button type="button" disabled={!file || check.isPending} onClick={() => file && check.mutate(file)}>
          {check.isPending ? m.checking : m.check}
        </button>
        <span id={`${id}-limits`} className="field-hint">
          {m.limits}
        </span>
      </div>
      <ErrorMessage error={template.error ?? check.error ?? create.error} />
      {checked && (
        <>
          <div className={checked.result.problems.length > 0 ? 'alert warning' : 'alert'} role="status">
            <p>{m.problems(checked.result.problems.length)}</p>
            {checked.result.problems.length > 0 && (
              <ul className="import-problems">
                {checked.result.problems.map((problem) => (
                  <li key={problem.message}>{problem.message}</li>
                ))}
              </ul>
            )}
          </div>
          {checked.result.problems.length === 0 && (
            <>
              <h3>{m.preview(count('created'), count('changed'), count('removed'))}</h3>
              {checked.result.changes.length === 0 ? (
                <p>{m.noChanges}</p>
              ) : (
                // A first import creates everything: the list stays folded unless something changes.
                <details open={count('changed') + count('removed') > 0}>
                  <summary>{m.details}</summary>
                  <DataTable
                    rows={checked.result.changes}
                    rowKey={(change) => `${change.level}:${change.code}:${change.name}:${change.change}`}
                    columns={[
                      { header: m.columns.what, cell: (change) => m.change[change.change] },
                      { header: m.columns.level, cell: (change) => m.level[change.level] },
                      { header: m.columns.code, cell: (change) => change.code },
                      { header: m.columns.name, rowHeader: true, cell: (change) => change.name },
                      { header: m.columns.fields, cell: (change) => change.fields.join(', ') },
                    ]}
                  />
                </details>
              )}
              <button type="button" disabled={create.isPending} onClick={() => create.mutate(checked.named)}>
                {m.create(kinds[checked.result.kind])}
              </button>
            </>
          )}
        </>
      )}
    </Card>
  );
}
