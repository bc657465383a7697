import { quarterFormMessages } from '../../../../shared/messages/web/quarter-form';
import type { TPartRecord } from '../../../../shared/model/records';
import type { TQuarterState } from '../../../../shared/workflow/quarter-workflow';
import { DoneNotice } from '../../components/done-notice';
import { useMessages } from '../../i18n/i18n';

/** Why the form is (or is not) editable now, and the reviewer's overall comment on a returned part. */
export function PartStateNotice(props: {
  record: TPartRecord;
  quarterState: TQuarterState;
  notice: 'submitted' | 'withdrawn' | null;
}) {
  const m = useMessages(quarterFormMessages);
  const { record } = props;
  const returned = props.quarterState === 'open' && record.state === 'returned';
  const standing =
    props.quarterState !== 'open'
      ? { tone: 'info', text: m.locked }
      : record.state === 'submitted'
        ? { tone: 'info', text: m.underReview }
        : record.state === 'verified'
          ? { tone: 'success', text: m.verified }
          : returned
            ? { tone: 'warning', text: m.returned }
            : null;
  return (
    <div aria-live="polite">
      {props.notice && (
        <DoneNotice>
          <p>{props.notice === 'submitted' ? m.submitted : m.withdrawn}</p>
        </DoneNotice>
      )}
      {standing && (
        <div className={`alert ${standing.tone}`}>
          <p>{standing.text}</p>
          {returned && record.review?.comment && (
            <p className="free-text">
              <strong>{m.reviewComment}:</strong> {record.review.comment}
            </p>
          )}
        </div>
      )}
    </div>
  );
}
