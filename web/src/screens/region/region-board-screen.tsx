import { useQuery } from '@tanstack/react-query';
import { isAllowed } from '../../../../shared/access/policy';
import { formatPercent } from '../../../../shared/calc/format';
import { formatInstant } from '../../../../shared/calendar/format-date';
import { commonMessages } from '../../../../shared/messages/common';
import { regionBoardMessages } from '../../../../shared/messages/web/region-board';
import type { TBoardQuarter, TBoardRow } from '../../../../shared/model/agency-summary';
import { quarters } from '../../../../shared/model/quarter';
import { bandLabel } from '../../../../shared/model/status-band';
import { webPaths } from '../../../../shared/web-paths';
import { queries } from '../../api/queries';
import { regionBoardPath } from '../../app/paths';
import { Link } from '../../app/router';
import { currentYear } from '../../app/selection';
import { useUser } from '../../app/session';
import { DataTable, type TColumn } from '../../components/data-table';
import { Loaded } from '../../components/loaded';
import { PageTitle } from '../../components/page-title';
import type { TScreenProps } from '../../components/screen-props';
import { StateBadge } from '../../components/state-badge';
import { formatters } from '../../i18n/format';
import { useLanguage, useMessages } from '../../i18n/i18n';
import { FailedEvents } from '../outbox/failed-events';
import { RegionDecision } from './region-decision';
import { RegionFiles } from './region-files';
import { RegionRecord } from './region-record';
import { RegionWaiting } from './region-waiting';

/**
 * The region's dashboard (Bappeda, Inspektorat, Bupati): every agency × quarter with its state,
 * completeness, timeliness, IKU bands and budget absorption, late and at-risk agencies first;
 * an agency's name opens its own dashboard. On a phone each agency stacks into a card.
 */
export default function RegionBoardScreen({ params }: TScreenProps) {
  const m = useMessages(regionBoardMessages);
  const common = useMessages(commonMessages);
  const { lang } = useLanguage();
  const user = useUser();
  const regionId = params.regionId ?? '';
  const year = Number(params.year);
  const regions = useQuery(queries.regions());
  const region = regions.data?.regions.find((candidate) => candidate.id === regionId);
  const board = useQuery(queries.regionBoard(regionId, year));
  const thisYear = region ? currentYear(region.timeZone) : year;
  const columns: TColumn<TBoardRow>[] = [
    { header: m.agency, rowHeader: true, cell: (row) => <AgencyCell row={row} year={year} /> },
    ...quarters.map(
      (q): TColumn<TBoardRow> => ({
        header: common.quarterName(q),
        cell: (row) => (
          <QuarterCell quarter={row.quarters.find((candidate) => candidate.quarter === q)} row={row} />
        ),
      }),
    ),
  ];
  return (
    <main className="page region-board" id="main">
      <PageTitle
        title={m.title}
        subtitle={m.subtitle(region?.name ?? regionId, year)}
        actions={
          <nav className="year-steps" aria-label={m.title}>
            <Link to={regionBoardPath(regionId, year - 1)}>{m.previousYear(year - 1)}</Link>
            {year < thisYear && <Link to={regionBoardPath(regionId, year + 1)}>{m.nextYear(year + 1)}</Link>}
          </nav>
        }
      />
      {/* Once the region's zone gives this year: the page's year in its stead listed that year's quarters first. */}
      {region && <RegionWaiting regionId={regionId} thisYear={thisYear} />}
      <Loaded query={board}>
        {({ agencies }) => (
          <>
            <p className="board-counts">
              {m.counts(
                agencies.length,
                agencies.filter((row) => row.late).length,
                agencies.filter((row) => row.atRisk).length,
              )}
            </p>
            {agencies.length === 0 ? (
              <p>{m.none}</p>
            ) : (
              <DataTable
                className="board-table"
                columns={columns}
                rows={agencies}
                rowKey={(row) => row.agencyId}
                rowProps={(row) => ({ 'data-board-agency': row.agencyId })}
              />
            )}
          </>
        )}
      </Loaded>
      {region && (
        <>
          <RegionFiles regionId={regionId} year={year} timeZone={region.timeZone} />
          <RegionRecord regionId={regionId} year={year} timeZone={region.timeZone} />
          <FailedEvents
            scope={{ scope: 'region', regionId }}
            mayRetry={isAllowed(user, 'outbox.retry', { regionId, agencyId: '' })}
            dateTime={formatters(lang, region.timeZone).dateTime}
          />
        </>
      )}
    </main>
  );
}

function AgencyCell({ row, year }: { row: TBoardRow; year: number }) {
  const m = useMessages(regionBoardMessages);
  return (
    <div className="board-agency">
      <Link to={webPaths.dashboard(row.agencyId, year)}>{row.name}</Link>
      <span className="muted small">{row.shortName}</span>
      <span className="board-flags">
        {row.late && <span className="badge flag-late">{m.late}</span>}
        {row.atRisk && <span className="badge flag-at-risk">{m.atRisk}</span>}
      </span>
    </div>
  );
}

function QuarterCell({ quarter, row }: { quarter: TBoardQuarter | undefined; row: TBoardRow }) {
  const m = useMessages(regionBoardMessages);
  const { lang } = useLanguage();
  const user = useUser();
  if (!quarter) return <span className="muted small">{m.noQuarter}</span>;
  const timeliness = quarter.overdue ? (
    <span className="badge flag-late">{m.overdue}</span>
  ) : quarter.late > 0 ? (
    <span className="deadline late">{m.partsLate(quarter.late)}</span>
  ) : quarter.submitted > 0 ? (
    <span>{m.onTime}</span>
  ) : (
    <span className="muted">{m.due(formatInstant(quarter.dueAt, 'longDate', row.timeZone, lang))}</span>
  );
  return (
    <div className="board-quarter" data-quarter={quarter.quarter}>
      <StateBadge kind="quarter" state={quarter.state} />
      <span>{m.submitted(quarter.submitted, quarter.parts)}</span>
      {timeliness}
      {(quarter.ikuBands.length > 0 || quarter.unscored > 0) && (
        <span className="iku-bands">
          <span className="muted small">{m.iku}</span>
          {quarter.ikuBands.map(({ id, count }) => {
            // Named and coloured once per agency: the quarter counts by the band's id.
            const band = row.bands.find((candidate) => candidate.id === id);
            const label = band ? bandLabel(band, lang) : id;
            return (
              <span key={id} className="band-count" style={{ borderColor: band?.color }} title={label}>
                <span className="band-swatch" style={{ background: band?.color }} aria-hidden="true" />
                {label}: {count}
              </span>
            );
          })}
          {quarter.unscored > 0 && <span className="muted small">{m.unscored(quarter.unscored)}</span>}
        </span>
      )}
      {quarter.submitted > 0 && quarter.atRisk > 0 && (
        <span className="deadline late">{m.indicatorsAtRisk(quarter.atRisk)}</span>
      )}
      {quarter.absorption !== null && <span>{m.absorption(formatPercent(quarter.absorption, lang))}</span>}
      {quarter.state === 'signed_off' && isAllowed(user, 'quarter.accept', row) && (
        <RegionDecision row={row} quarter={quarter} />
      )}
    </div>
  );
}
