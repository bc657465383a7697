import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { isAllowed } from '../../../../shared/access/policy';
import { formatInstant } from '../../../../shared/calendar/format-date';
import { commonMessages } from '../../../../shared/messages/common';
import { regionBoardMessages } from '../../../../shared/messages/web/region-board';
import { quarters, type TQuarter } from '../../../../shared/model/quarter';
import type { TRegionReportFileRecord } from '../../../../shared/model/region-report-file';
import { api, ok } from '../../api/client';
import { queries, regionKey } from '../../api/queries';
import { useUser } from '../../app/session';
import { Card } from '../../components/card';
import { ConfirmWithReason } from '../../components/confirm-with-reason';
import { ErrorMessage } from '../../components/error-message';
import { Loaded } from '../../components/loaded';
import { useLanguage, useMessages } from '../../i18n/i18n';
import { englishBehind } from './english-behind';
import type { TRegionYearProps } from './region-year-props';

type TFile = TRegionReportFileRecord & { id: string };

/**
 * The region's compiled files of the year (Tabel E.81, the performance tables, after TW4 the
 * year's): per quarter, each kind as XLSX and PDF, with how many agencies' accepted quarters it
 * holds. The acceptances make them in Indonesian; the Bappeda asks for English, per quarter.
 */
export function RegionFiles({ regionId, year, timeZone }: TRegionYearProps) {
  const m = useMessages(regionBoardMessages).files;
  const common = useMessages(commonMessages);
  const { lang } = useLanguage();
  const mayRequest = isAllowed(useUser(), 'regionReports.regenerate', { regionId, agencyId: '' });
  const [requested, setRequested] = useState<readonly TQuarter[]>([]);
  const files = useQuery({
    ...queries.regionReports(regionId, year),
    // An English compilation runs in the background: look again for a minute while one is asked for.
    refetchInterval: (query) =>
      requested.some((quarter) =>
        englishBehind((query.state.data?.files ?? []).filter((file) => file.quarter === quarter)),
      ) && query.state.dataUpdateCount <= 20
        ? 3000
        : false,
  });
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
                const first = own.find((file) => file.locale === 'id');
                const english = own.find((file) => file.locale === 'en');
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
                          .sort(
                            (a, b) => b.locale.localeCompare(a.locale) || b.format.localeCompare(a.format),
                          )
                          .map((file) => {
                            const format = file.format.toUpperCase();
                            const label = file.locale === 'en' ? `${format} · EN` : format;
                            return (
                              <button
                                key={file.id}
                                type="button"
                                className="small secondary"
                                lang={file.locale}
                                aria-label={m.download(
                                  m.kinds[kind],
                                  file.locale === 'en' ? `${format}, ${m.english}` : format,
                                  quarterName,
                                )}
                                data-file-name={file.fileName}
                                onClick={() => download.mutate(file.id)}
                              >
                                {label}
                              </button>
                            );
                          })}
                      </span>
                    ))}
                    {english && (
                      <span className="muted small" data-region-files-en={quarter}>
                        {m.englishCompiled(
                          english.agencyIds.length,
                          english.regionAgencies,
                          english.requestedBy?.name ?? '–',
                        )}{' '}
                        · {formatInstant(english.generatedAt, 'longDate', timeZone, lang)}
                      </span>
                    )}
                    {mayRequest &&
                      englishBehind(own) &&
                      (requested.includes(quarter) ? (
                        <span className="muted small" role="status">
                          {m.requested}
                        </span>
                      ) : (
                        <RequestEnglish
                          regionId={regionId}
                          year={year}
                          quarter={quarter}
                          quarterName={quarterName}
                          onRequested={() => setRequested((asked) => [...asked, quarter])}
                        />
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

/** The Bappeda asks for a quarter's files in English, saying what for: on the region's record. */
function RequestEnglish(props: {
  regionId: string;
  year: number;
  quarter: TQuarter;
  quarterName: string;
  onRequested: () => void;
}) {
  const { regionId, year, quarter } = props;
  const m = useMessages(regionBoardMessages).files;
  const queryClient = useQueryClient();
  const request = useMutation({
    mutationFn: (reason: string) =>
      ok(
        api.regions[':regionId'].years[':year'].reports.regenerate.$post({
          param: { regionId, year: String(year) },
          json: { quarter, locale: 'en', reason },
        }),
      ),
    // The files follow in the background; the record has the request now.
    onSuccess: () => {
      props.onRequested();
      void queryClient.invalidateQueries({ queryKey: regionKey(regionId) });
    },
  });
  return (
    <ConfirmWithReason
      open={{ text: m.requestEnglish, label: m.requestEnglishOf(props.quarterName), className: 'small' }}
      reason={{ label: m.requestReason, required: true }}
      confirm={{ text: m.confirmRequest, className: 'small' }}
      cancel={m.cancel}
      mutation={request}
    />
  );
}
