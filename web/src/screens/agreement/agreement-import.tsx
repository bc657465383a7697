import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import type { TAgreementChange } from '../../../../shared/agreement-workbook/agreement-changes';
import type { TColumnMapping } from '../../../../shared/agreement-workbook/column-mapping';
import { agreementMessages } from '../../../../shared/messages/web/agreement';
import { agreementImportMessages } from '../../../../shared/messages/web/agreement-import';
import type { TAgreementRecord } from '../../../../shared/model/records';
import type { TWorkbookUpload } from '../../../../shared/workbook/upload-request';
import { api, ok } from '../../api/client';
import { useAgency } from '../../app/agency';
import { Card } from '../../components/card';
import { DataTable } from '../../components/data-table';
import { ErrorMessage } from '../../components/error-message';
import { useMessages } from '../../i18n/i18n';
import { SheetDownload } from '../../workbook/sheet-download';
import { WorkbookUpload } from '../../workbook/workbook-upload';
import { ImportDefaults } from './import-defaults';
import { ImportMapping, type TMappingProposal } from './import-mapping';

type TAgreementImportProps = { year: number; onImported: (record: TAgreementRecord) => void };

/** An upload as the check and the import name it, with the columns confirmed for a hand-made layout. */
type TImportRequest = TWorkbookUpload & {
  mapping?: TColumnMapping;
  mappingRevision?: number;
  defaultsConfirmed?: boolean;
};

/**
 * The agreement from a workbook: the template to download, an upload (a workbook made by hand
 * first goes through the mapping step: which column is which), checked with the agreement's rules
 * (its problems by sheet, row and column; what it creates, changes and removes), and only then
 * the draft, which goes through submit → sign as any other.
 */
export function AgreementImport(props: TAgreementImportProps) {
  const m = useMessages(agreementImportMessages);
  const kinds = useMessages(agreementMessages).kinds;
  const { agency } = useAgency();
  const param = { agencyId: agency.id, year: String(props.year) };
  const agreementApi = api.agencies[':agencyId'].years[':year'].agreement;
  const [mappingStep, setMappingStep] = useState<{ upload: TWorkbookUpload; proposal: TMappingProposal }>();
  const [defaultsConfirmed, setDefaultsConfirmed] = useState(false);
  // The remembered mapping's revision last seen (the proposal's, then each check's): a mapping is
  // confirmed against it, so one another planner confirmed meanwhile is not overwritten unseen.
  const [mappingRevision, setMappingRevision] = useState(0);

  const checkWith = async (named: TImportRequest) => ({
    named,
    result: await ok(agreementApi.import.check.$post({ param, json: named })),
  });
  // A new check's defaults are confirmed afresh.
  const check = useMutation({
    mutationFn: checkWith,
    onSuccess: ({ result }) => {
      setDefaultsConfirmed(false);
      setMappingRevision(result.mappingRevision ?? 0);
    },
  });
  const create = useMutation({
    mutationFn: (named: TImportRequest) => ok(agreementApi.import.$post({ param, json: named })),
    onSuccess: props.onImported,
  });
  const propose = async (named: TWorkbookUpload) => ({
    named,
    proposal: await ok(agreementApi.import.mapping.$post({ param, json: named })),
  });
  // Capaian's own template is checked at once; any other layout is first mapped.
  const proposed = ({ named, proposal }: Awaited<ReturnType<typeof propose>>) => {
    setMappingStep(proposal.template ? undefined : { upload: named, proposal });
    setMappingRevision(proposal.remembered?.revision ?? 0);
    if (proposal.template) check.mutate(named);
  };
  const checked = check.data;
  const count = (change: TAgreementChange['change']) =>
    checked?.result.changes.filter((c) => c.change === change).length ?? 0;

  return (
    <Card title={m.title} className="agreement-import">
      <p>{m.intro}</p>
      <SheetDownload label={m.template} link={() => ok(agreementApi.template.$get({ param }))} />
      <WorkbookUpload
        action={m.check}
        use={propose}
        onDone={proposed}
        // A second file, refused or not, never stands under the first file's mapping, check or
        // button (which would make the draft from the first file).
        onStart={() => {
          setMappingStep(undefined);
          check.reset();
          create.reset();
        }}
      />
      {mappingStep && (
        <ImportMapping
          // A new upload's proposal starts the choices afresh.
          key={mappingStep.upload.uploadId}
          proposal={mappingStep.proposal}
          year={props.year}
          pending={check.isPending}
          onConfirm={(mapping) => check.mutate({ ...mappingStep.upload, mapping, mappingRevision })}
        />
      )}
      {check.isPending && <p role="status">{m.checking}</p>}
      <ErrorMessage error={check.error ?? create.error} />
      {checked && (
        <>
          <div className={checked.result.problemCount > 0 ? 'alert warning' : 'alert'} role="status">
            <p>{m.problems(checked.result.problemCount)}</p>
            {checked.result.problemCount > 0 && (
              <ul className="import-problems">
                {checked.result.problems.map((problem) => (
                  <li key={problem.message}>{problem.message}</li>
                ))}
              </ul>
            )}
          </div>
          {checked.result.problemCount === 0 && (
            <>
              {checked.result.defaults.length > 0 && (
                <ImportDefaults
                  defaults={checked.result.defaults}
                  confirmed={defaultsConfirmed}
                  onConfirmed={setDefaultsConfirmed}
                />
              )}
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
              <button
                type="button"
                disabled={create.isPending || (checked.result.defaults.length > 0 && !defaultsConfirmed)}
                onClick={() => create.mutate({ ...checked.named, defaultsConfirmed })}
              >
                {m.create(kinds[checked.result.kind])}
              </button>
            </>
          )}
        </>
      )}
    </Card>
  );
}
