import { useMutation, useQueries, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { reportSourceMessages } from '../../../../shared/messages/report-source';
import { reportsMessages } from '../../../../shared/messages/web/reports';
import type { TReportFileRecord } from '../../../../shared/model/report-file';
import { api, ok } from '../../api/client';
import { queries } from '../../api/queries';
import { unitName, useAgency, usePaths } from '../../app/agency';
import { navigate, useLocation } from '../../app/router';
import { isQuarter } from '../../app/selection';
import { DataTable } from '../../components/data-table';
import { ErrorMessage } from '../../components/error-message';
import { Loaded } from '../../components/loaded';
import { PageTitle } from '../../components/page-title';
import { QuarterOptions } from '../../components/quarter-options';
import type { TScreenProps } from '../../components/screen-props';
import { useMessages } from '../../i18n/i18n';

type TFile = TReportFileRecord & { id: string };
type TLatest = TFile & { olderVersions: number };
type TRow = { file: TFile; latest?: TLatest };

/**
 * Each report's latest version, and under it its older ones where the reader opened them: the
 * list holds one row per report, however often its files were made again.
 */
function useRows(agencyId: string, year: number, latest: TLatest[] | undefined, open: ReadonlySet<string>) {
  const opened = (latest ?? []).filter((file) => open.has(file.id));
  const versions = useQueries({
    queries: opened.map((file) => queries.reportVersions(agencyId, year, file.id)),
  });
  const olderOf = new Map(
    opened.map((file, i) => [file.id, (versions[i]?.data?.files ?? []).filter((v) => v.id !== file.id)]),
  );
  const rows = (latest ?? []).flatMap((file): TRow[] => [
    { file, latest: file },
    ...(olderOf.get(file.id) ?? []).map((older) => ({ file: older })),
  ]);
  return { rows, error: versions.find((query) => query.error)?.error ?? null };
}

/** The year's and each quarter's report files with their versions, to download. */
export default function ReportsScreen({ params }: TScreenProps) {
  const m = useMessages(reportsMessages);
  const source = useMessages(reportSourceMessages);
  const { agency, units, fmt } = useAgency();
  const paths = usePaths();
  const { query } = useLocation();
  const year = Number(params.year);
  const period = Math.min(4, Math.max(0, Number(query.get('quarter') ?? 0) || 0));
  const files = useQuery({
    ...queries.reports(agency.id, year, period),
    // Files are generated in the background after a sign-off: look again for a minute.
    refetchInterval: (query) =>
      query.state.data?.files.length === 0 && query.state.dataUpdateCount <= 20 ? 3000 : false,
  });
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const toggle = (fileId: string) =>
    setOpen((was) => {
      const next = new Set(was);
      if (!next.delete(fileId)) next.add(fileId);
      return next;
    });
  const { rows, error: versionsError } = useRows(agency.id, year, files.data?.files, open);
  const download = useMutation({
    mutationFn: (fileId: string) =>
      ok(
        api.agencies[':agencyId'].years[':year'].reports[':fileId'].download.$get({
          param: { agencyId: agency.id, year: String(year), fileId },
        }),
      ),
    onSuccess: ({ url }) => window.location.assign(url),
  });
  return (
    <div className="page">
      <PageTitle
        title={m.title(year)}
        actions={
          <div className="inline-form">
            <label htmlFor="report-period">{m.period}</label>
            <select
              id="report-period"
              value={period}
              onChange={(e) => {
                const q = Number(e.target.value);
                navigate(paths.reports(year, isQuarter(q) ? q : undefined), { replace: true });
              }}
            >
              <QuarterOptions />
              <option value={0}>{m.yearFiles}</option>
            </select>
            <button type="button" className="secondary" onClick={() => void files.refetch()}>
              {m.refresh}
            </button>
          </div>
        }
      />
      <ErrorMessage error={download.error ?? versionsError} />
      <Loaded query={files}>
        {(data) =>
          data.files.length === 0 ? (
            <p className="card">{m.empty}</p>
          ) : (
            <div className="card">
              <DataTable
                className="report-table"
                rows={rows}
                rowKey={({ file }) => file.id}
                rowProps={({ file, latest }) => ({
                  className: latest ? undefined : 'older-version',
                  'data-file-name': file.fileName,
                })}
                columns={[
                  {
                    header: m.report,
                    rowHeader: true,
                    cell: ({ file, latest }) => (
                      <>
                        {latest ? '' : '↳ '}
                        {m.kinds[file.kind] ?? file.kind}
                        <div className="indicator-meta">{file.fileName}</div>
                        {file.madeFrom && (
                          <div className="indicator-meta">
                            {source.madeFrom(file.madeFrom, fmt.dateTime(file.madeFrom.at))}
                          </div>
                        )}
                        {latest && latest.olderVersions > 0 && (
                          <button
                            type="button"
                            className="link-button small"
                            aria-expanded={open.has(latest.id)}
                            onClick={() => toggle(latest.id)}
                          >
                            {open.has(latest.id) ? m.hideOlder : m.older(latest.olderVersions)}
                          </button>
                        )}
                      </>
                    ),
                  },
                  { header: m.format, cell: ({ file }) => file.format.toUpperCase() },
                  {
                    header: m.scope,
                    cell: ({ file }) => (file.unitId ? unitName(units, file.unitId) : m.agencyWide),
                  },
                  { header: m.language, cell: ({ file }) => file.locale.toUpperCase() },
                  { header: m.version, num: true, cell: ({ file }) => file.version },
                  { header: m.generatedAt, cell: ({ file }) => fmt.dateTime(file.generatedAt) },
                  { header: m.size, num: true, cell: ({ file }) => fmt.fileSize(file.size) },
                  {
                    header: m.download,
                    hiddenHeader: true,
                    cell: ({ file }) => (
                      <button
                        type="button"
                        className="small secondary"
                        onClick={() => download.mutate(file.id)}
                      >
                        {m.download}
                      </button>
                    ),
                  },
                ]}
              />
            </div>
          )
        }
      </Loaded>
    </div>
  );
}
