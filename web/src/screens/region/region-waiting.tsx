import { useQueries } from '@tanstack/react-query';
import { useState } from 'react';
import { isAllowed } from '../../../../shared/access/policy';
import { formatInstant } from '../../../../shared/calendar/format-date';
import { commonMessages } from '../../../../shared/messages/common';
import { regionBoardMessages } from '../../../../shared/messages/web/region-board';
import { awaitingAcceptance } from '../../../../shared/region/awaiting-acceptance';
import { webPaths } from '../../../../shared/web-paths';
import { queries } from '../../api/queries';
import { Link } from '../../app/router';
import { useUser } from '../../app/session';
import { Card } from '../../components/card';
import { ErrorMessage } from '../../components/error-message';
import { Loading } from '../../components/loading';
import { useLanguage, useMessages } from '../../i18n/i18n';
import { RegionDecision } from './region-decision';

const foldedCount = 5;

/**
 * What waits on the Bappeda (the region's administrator, who accepts): every signed-off quarter of
 * this year and last, whichever year the board shows, the oldest sign-off first, each with its
 * accept and send-back. Nothing for the region's readers, who take no step.
 */
export function RegionWaiting({ regionId, thisYear }: { regionId: string; thisYear: number }) {
  const m = useMessages(regionBoardMessages).waiting;
  const common = useMessages(commonMessages);
  const { lang } = useLanguage();
  const user = useUser();
  const [all, setAll] = useState(false);
  const mayAccept = isAllowed(user, 'quarter.accept', { regionId, agencyId: '' });
  const boards = useQueries({
    queries: [thisYear - 1, thisYear].map((year) => ({
      ...queries.regionBoard(regionId, year),
      enabled: mayAccept,
    })),
  });
  if (!mayAccept) return null;
  const failed = boards.find((board) => board.error)?.error ?? null;
  const waiting = awaitingAcceptance(
    boards.flatMap((board) => board.data?.agencies ?? []),
    new Date().toISOString(),
  );
  // The oldest few first; a region of forty agencies may have eighty waiting at a quarter's end.
  const shown = all ? waiting : waiting.slice(0, foldedCount);
  return (
    <Card title={m.title} className="region-waiting">
      <p className="muted small">{m.hint}</p>
      <ErrorMessage error={failed} />
      {boards.some((board) => board.isPending) ? (
        <Loading />
      ) : waiting.length === 0 ? (
        <p>{m.none}</p>
      ) : (
        <ol className="waiting-list">
          {shown.map(({ row, quarter, daysWaiting }) => (
            <li
              key={`${row.agencyId}/${row.year}/${quarter.quarter}`}
              data-waiting={`${row.agencyId}/${row.year}/${quarter.quarter}`}
            >
              <div className="waiting-what">
                <Link to={webPaths.quarter(row.agencyId, row.year, quarter.quarter)}>{row.name}</Link>
                <span>{m.item(common.quarterName(quarter.quarter), row.year)}</span>
                {quarter.signedOffAt && (
                  <span className="muted small">
                    {m.signedOff(
                      formatInstant(quarter.signedOffAt, 'longDate', row.timeZone, lang),
                      daysWaiting,
                    )}
                  </span>
                )}
              </div>
              <RegionDecision row={row} quarter={quarter} />
            </li>
          ))}
        </ol>
      )}
      {waiting.length > foldedCount && (
        <button type="button" className="secondary small" onClick={() => setAll(!all)}>
          {all ? m.showFewer : m.showAll(waiting.length)}
        </button>
      )}
    </Card>
  );
}
