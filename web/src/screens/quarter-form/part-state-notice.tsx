import { quarterFormMessages } from '../../../../shared/messages/web/quarter-form';
import type { TPartRecord } from '../../../../shared/model/records';
import type { TQuarterState } from '../../../../shared/workflow/quarter-workflow';
import { useMessages } from '../../i18n/i18n';

/** Why the form is (or is not) editable now, and the reviewer's overall comment on a returned part. */
export function PartStateNotice(props: {
  record: TPartRecord;
  quarterState: TQuarterState;
  notice: 'submitted' | 'withdrawn' | null;
}) {
  const m = useMessages(quarterFormMessages);
  const { record } = props;
  return (
    <div aria-live="polite">
      {props.notice && (
        <div className="alert success" role="status">
          <p>{props.notice === 'submitted' ? m.submitted : m.withdrawn}</p>
        </div>
      )}
      {props.quarterState === 'signed_off' ? (
        <div className="alert info">
          <p>{m.locked}</p>
        </div>
      ) : record.state === 'submitted' ? (
        <div className="alert info">
          <p>{m.underReview}</p>
        </div>
      ) : record.state === 'verified' ? (
        <div className="alert success">
          <p>{m.verified}</p>
        </div>
      ) : record.state === 'returned' ? (
        <div className="alert warning">
          <p>{m.returned}</p>
          {record.review?.comment && (
            <p>
              <strong>{m.reviewComment}:</strong> {record.review.comment}
            </p>
          )}
        </div>
      ) : null}
    </div>
  );
}
