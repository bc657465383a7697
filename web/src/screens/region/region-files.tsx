import { useMutation, useQuery } from '@tanstack/react-query';
import { formatInstant } from '../../../../shared/calendar/format-date';
import { commonMessages } from '../../../../shared/messages/common';
import { regionBoardMessages } from '../../../../shared/messages/web/region-board';
import type { TTimeZone } from '../../../../shared/model/organisation';
import { quarters } from '../../../../shared/model/quarter';
import type { TRegionReportFileRecord } from '../../../../shared/model/region-report-file';
import { api, ok } from '../../api/client';
import { queries } from '../../api/queries';
import { Card } from '../../components/card';
import { ErrorMessage } from '../../components/error-message';
import { Loaded } from '../../components/loaded';
import { useLanguage, useMessages } from '../../i18n/i18n';

type TFile = TRegionReportFileRecord & { id: string };

/**
 * The region's compiled files of the year (Tabel E.81, the performance tables, after TW4 the
 * year's): per quarter, each kind as XLSX and PDF, with how many agencies' accepted quarters it holds.
 */
export function RegionFiles({
  regionId,
  year,
  timeZone,
}: {
  regionId: string;
  year: number;
  timeZone: TTimeZone;
}) {
  const m = useMessages(regionBoardMessages).files;
  const common = useMessages(commonMessages);
  const { lang } = useLanguage();
  const files = useQuery(queries.regionReports(regionId, year));
  const download = useMutation({
    mutationFn: (fileId: string) =>
      ok(
        api.regions[':regionId'].years[':year'].reports[':fileId'].download.$get({
          param: { regionId, year: String(year), fileId },
        }),
      ),
    onSuccess: ({ url }) => window.location.assign(url),
  });
  return (
    <Card title={m.title} className="region-files">
      <p className="muted small">{m.hint}</p>
      <ErrorMessage error={download.error} />
      <Loaded query={files}>
        {(data) => {
          const byQuarter = quarters
            .map((quarter) => ({ quarter, files: data.files.filter((file) => file.quarter === quarter) }))
            .filter((group) => group.files.length > 0);
          if (byQuarter.length === 0) return <p>{m.none}</p>;
          return (
            <ul className="region-file-list">
              {byQuarter.map(({ quarter, files: own }) => {
                const quarterName = common.quarterName(quarter);
                const first = own[0];
                const kinds = (['e81', 'performance', 'annual'] as const).filter((kind) =>
                  own.some((file) => file.kind === kind),
                );
                return (
                  <li key={quarter} data-region-files={quarter}>
                    <strong>{quarterName}</strong>
                    {first && (
                      <span className="muted small">
                        {m.compiled(first.agencyIds.length, first.regionAgencies)} · {m.generatedAt}{' '}
                        {formatInstant(first.generatedAt, 'longDate', timeZone, lang)}
                      </span>
                    )}
                    {kinds.map((kind) => (
                      <span key={kind} className="region-file" data-region-file={`${quarter}/${kind}`}>
                        {m.kinds[kind]}
                        {own
                          .filter((file: TFile) => file.kind === kind)
                          .sort((a, b) => b.format.localeCompare(a.format))
                          .map((file) => (
                            <button
                              key={file.id}
                              type="button"
                              className="small secondary"
                              aria-label={m.download(m.kinds[kind], file.format.toUpperCase(), quarterName)}
                              data-file-name={file.fileName}
                              onClick={() => download.mutate(file.id)}
                            >
                              {file.format.toUpperCase()}
                            </button>
                          ))}
                      </span>
                    ))}
                  </li>
                );
              })}
            </ul>
          );
        }}
      </Loaded>
    </Card>
  );
}
