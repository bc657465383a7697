import { useEffect, useState } from 'react';
import { agreementMessages } from '../../../../shared/messages/web/agreement';
import type { TAgreementContent } from '../../../../shared/model/agreement-content';
import type { TAgreementRecord } from '../../../../shared/model/records';
import { useAgency } from '../../app/agency';
import { useUser } from '../../app/session';
import { forgetTyping, keepTyping, readTyping, type TKeptTyping, typedOutline } from '../../form/kept-typing';
import { typingKey } from '../../form/typing-key';
import { useLeaveWarning } from '../../form/use-leave-warning';
import { useMessages } from '../../i18n/i18n';

const ZTypedContentSchema = typedOutline<TAgreementContent>({
  objectives: 'list',
  programs: 'list',
  activities: 'list',
});
const same = (a: TAgreementContent, b: TAgreementContent) => JSON.stringify(a) === JSON.stringify(b);

const contentOf = (record: TAgreementRecord): TAgreementContent => ({
  objectives: record.agreement.objectives,
  programs: record.agreement.programs,
  activities: record.agreement.activities,
});

/**
 * The planner's typing in one agreement version, kept in the browser until it is saved
 * (kept-typing.ts): put back where the version is as it was typed on; typed on a version saved
 * elsewhere since, it is offered, as putting it back replaces what was saved there.
 */
export function useKeptContent(record: TAgreementRecord, editable: boolean) {
  const { agency } = useAgency();
  const key = typingKey(useUser().id, `agreement/${agency.id}/${record.year}/${record.version}`);
  const [kept] = useState(() => {
    const found = editable ? readTyping(key, ZTypedContentSchema) : null;
    return found && !same(found.typed, contentOf(record)) ? found : null;
  });
  // Saved elsewhere since it was typed, but with the same content (a step, a save of nothing new)?
  const current =
    kept && (kept.revision === record.revision || same(kept.base, contentOf(record))) ? kept : null;
  const [content, setContent] = useState(() => current?.typed ?? contentOf(record));
  const [dirty, setDirty] = useState(current !== null);
  const [offer, setOffer] = useState(current ? null : kept);

  useEffect(() => {
    if (!editable) return;
    if (dirty)
      keepTyping(key, {
        at: new Date().toISOString(),
        revision: record.revision,
        base: contentOf(record),
        typed: content,
      });
    else if (!offer) forgetTyping(key);
  }, [editable, dirty, content, offer, key, record]);
  useLeaveWarning(dirty);

  return {
    content,
    setContent,
    dirty,
    setDirty,
    restoredAt: current?.at ?? null,
    offer,
    takeOffer: (typed: TAgreementContent) => {
      setContent(typed);
      setDirty(true);
      setOffer(null);
    },
    dropOffer: () => {
      forgetTyping(key);
      setOffer(null);
    },
    /** Saved: nothing to keep (the editor starts afresh on the version the save made). */
    forget: () => forgetTyping(key),
  };
}

/** Typing put back, or typing on an earlier state of this version offered with what it replaces. */
export function KeptContentNotice(props: {
  restoredAt: string | null;
  offer: TKeptTyping<TAgreementContent> | null;
  record: TAgreementRecord;
  onTake: (typed: TAgreementContent) => void;
  onDrop: () => void;
}) {
  const m = useMessages(agreementMessages);
  const { fmt } = useAgency();
  const { offer } = props;
  if (props.restoredAt)
    return (
      <div className="alert info" role="status">
        <p>{m.typingRestored(fmt.dateTime(props.restoredAt))}</p>
      </div>
    );
  if (!offer) return null;
  return (
    <div className="alert warning" role="status">
      <p>{m.typingOffered(fmt.dateTime(offer.at), fmt.dateTime(props.record.updatedAt))}</p>
      <div className="button-row">
        <button type="button" className="secondary small" onClick={() => props.onTake(offer.typed)}>
          {m.takeTyping}
        </button>
        <button type="button" className="secondary small" onClick={props.onDrop}>
          {m.dropTyping}
        </button>
      </div>
    </div>
  );
}
