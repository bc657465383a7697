import { useMutation, useQuery } from '@tanstack/react-query';
import type { TReportFileRecord } from '../../../../shared/model/report-file';
import { api, ok } from '../../api/client';
import { queries } from '../../api/queries';
import { unitName, useAgency, usePaths } from '../../app/agency';
import { navigate, useLocation } from '../../app/router';
import { isQuarter } from '../../app/selection';
import { ErrorMessage } from '../../components/error-message';
import { Loaded } from '../../components/loaded';
import { PageTitle } from '../../components/page-title';
import type { TScreenProps } from '../../components/screen-props';
import { commonMessages } from '../../i18n/common-messages';
import { useMessages } from '../../i18n/i18n';
import { reportsMessages } from './reports-messages';

type TFile = TReportFileRecord & { id: string };

/** Only each file's newest version is listed first; older versions stay downloadable below it. */
function newestFirst(files: TFile[]): { latest: TFile; older: TFile[] }[] {
  const result: { latest: TFile; older: TFile[] }[] = [];
  const groups = new Map<string, TFile[]>();
  for (const file of files) {
    const key = `${file.kind}:${file.format}:${file.unitId ?? ''}:${file.locale}`;
    groups.set(key, [...(groups.get(key) ?? []), file]);
  }
  for (const group of groups.values()) {
    const [latest, ...older] = [...group].sort((a, b) => b.version - a.version);
    if (latest) result.push({ latest, older });
  }
  return result;
}

/** The year's and each quarter's report files with their versions, to download. */
export default function ReportsScreen({ params }: TScreenProps) {
  const m = useMessages(reportsMessages);
  const common = useMessages(commonMessages);
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
  const download = useMutation({
    mutationFn: (fileId: string) =>
      ok(
        api.agencies[':agencyId'].years[':year'].reports[':fileId'].download.$get({
          param: { agencyId: agency.id, year: String(year), fileId },
        }),
      ),
    onSuccess: ({ url }) => window.location.assign(url),
  });
  const row = (file: TFile, older = false) => (
    <tr key={file.id} className={older ? 'older-version' : undefined} data-file-name={file.fileName}>
      <th scope="row" data-label={m.report}>
        {older ? '↳ ' : ''}
        {m.kinds[file.kind] ?? file.kind}
        <div className="indicator-meta">{file.fileName}</div>
      </th>
      <td data-label={m.format}>{file.format.toUpperCase()}</td>
      <td data-label={m.scope}>{file.unitId ? unitName(units, file.unitId) : m.agencyWide}</td>
      <td data-label={m.language}>{file.locale.toUpperCase()}</td>
      <td className="num" data-label={m.version}>
        {file.version}
      </td>
      <td data-label={m.generatedAt}>{fmt.dateTime(file.generatedAt)}</td>
      <td className="num" data-label={m.size}>
        {fmt.number(file.size / 1024, 0)} KB
      </td>
      <td>
        <button type="button" className="small secondary" onClick={() => download.mutate(file.id)}>
          {m.download}
        </button>
      </td>
    </tr>
  );
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
              {[1, 2, 3, 4].map((q) => (
                <option key={q} value={q}>
                  {common.quarterLong(q)}
                </option>
              ))}
              <option value={0}>{m.yearFiles}</option>
            </select>
            <button type="button" className="secondary" onClick={() => void files.refetch()}>
              {m.refresh}
            </button>
          </div>
        }
      />
      <ErrorMessage error={download.error} />
      <Loaded query={files}>
        {(data) =>
          data.files.length === 0 ? (
            <p className="card">{m.empty}</p>
          ) : (
            <div className="card table-scroll">
              <table className="data-table stack-on-phone report-table">
                <thead>
                  <tr>
                    <th scope="col">{m.report}</th>
                    <th scope="col">{m.format}</th>
                    <th scope="col">{m.scope}</th>
                    <th scope="col">{m.language}</th>
                    <th scope="col" className="num">
                      {m.version}
                    </th>
                    <th scope="col">{m.generatedAt}</th>
                    <th scope="col" className="num">
                      {m.size}
                    </th>
                    <th scope="col">
                      <span className="visually-hidden">{m.download}</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {newestFirst(data.files).flatMap(({ latest, older }) => [
                    row(latest),
                    ...older.map((f) => row(f, true)),
                  ])}
                </tbody>
              </table>
            </div>
          )
        }
      </Loaded>
    </div>
  );
}
