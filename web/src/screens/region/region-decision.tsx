import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { commonMessages } from '../../../../shared/messages/common';
import { regionBoardMessages } from '../../../../shared/messages/web/region-board';
import type { TBoardQuarter, TBoardRow } from '../../../../shared/model/agency-summary';
import { api, ok } from '../../api/client';
import { queries, yearKey } from '../../api/queries';
import { ErrorMessage } from '../../components/error-message';
import { TextAreaField } from '../../components/field';
import { useMessages } from '../../i18n/i18n';

const minimumReason = 10;

/**
 * The Bappeda's step above the head's sign-off: accept the quarter, or send it back with a reason.
 * The step names the quarter's revision the dashboard shows, so a quarter changed meanwhile is a
 * 409 to look at again, never a blind acceptance.
 */
export function RegionDecision({ row, quarter }: { row: TBoardRow; quarter: TBoardQuarter }) {
  const m = useMessages(regionBoardMessages).decision;
  const common = useMessages(commonMessages);
  const queryClient = useQueryClient();
  const reasonId = useId();
  const [sendingBack, setSendingBack] = useState(false);
  const [reason, setReason] = useState('');
  const quarterName = common.quarterName(quarter.quarter);
  const move = useMutation({
    mutationFn: (step: { transition: 'accept' | 'send-back'; reason?: string }) =>
      ok(
        api.agencies[':agencyId'].years[':year'].quarters[':quarter'][':transition'].$post({
          param: {
            agencyId: row.agencyId,
            year: String(row.year),
            quarter: String(quarter.quarter),
            transition: step.transition,
          },
          json: { revision: quarter.revision, reason: step.reason },
        }),
      ),
    onSuccess: (record) => {
      // The cell shows the quarter's new state at once (and these buttons go); the summary
      // follows once the outbox has run.
      const board = queries.regionBoard(row.regionId, row.year);
      queryClient.setQueryData(
        board.queryKey,
        (data) =>
          data && {
            agencies: data.agencies.map((agency) =>
              agency.agencyId !== row.agencyId
                ? agency
                : {
                    ...agency,
                    quarters: agency.quarters.map((q) =>
                      q.quarter === record.quarter
                        ? { ...q, state: record.state, revision: record.revision }
                        : q,
                    ),
                  },
            ),
          },
      );
      void queryClient.invalidateQueries({ queryKey: yearKey(row.agencyId, row.year) });
    },
  });
  const accept = () => {
    if (window.confirm(m.confirmAccept(quarterName, row.shortName))) move.mutate({ transition: 'accept' });
  };
  return (
    <div className="region-decision" data-decision={`${row.agencyId}/${row.year}/${quarter.quarter}`}>
      <ErrorMessage error={move.error} />
      {sendingBack ? (
        <>
          <TextAreaField
            id={reasonId}
            label={m.reason}
            hint={m.reasonHint}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
          />
          <div className="button-row">
            <button
              type="button"
              className="danger small"
              disabled={move.isPending || reason.trim().length < minimumReason}
              onClick={() => move.mutate({ transition: 'send-back', reason: reason.trim() })}
            >
              {m.confirmSendBack}
            </button>
            <button type="button" className="secondary small" onClick={() => setSendingBack(false)}>
              {m.cancel}
            </button>
          </div>
        </>
      ) : (
        <div className="button-row">
          <button
            type="button"
            className="small"
            disabled={move.isPending}
            aria-label={m.acceptAgency(quarterName, row.shortName)}
            onClick={accept}
          >
            {m.accept}
          </button>
          <button
            type="button"
            className="secondary small"
            aria-label={m.sendBackAgency(quarterName, row.shortName)}
            onClick={() => setSendingBack(true)}
          >
            {m.sendBack}
          </button>
        </div>
      )}
    </div>
  );
}
