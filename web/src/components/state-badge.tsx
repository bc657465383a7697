import { commonMessages } from '../../../shared/messages/common';
import type { TAgreementState } from '../../../shared/workflow/agreement-workflow';
import type { TPartState } from '../../../shared/workflow/part-workflow';
import type { TQuarterState } from '../../../shared/workflow/quarter-workflow';
import { useMessages } from '../i18n/i18n';

type TStateProps =
  | { kind: 'part'; state: TPartState }
  | { kind: 'quarter'; state: TQuarterState }
  | { kind: 'agreement'; state: TAgreementState };

/** A state as a word and a colour; the word carries the meaning, the colour only helps. */
export function StateBadge(props: TStateProps) {
  const m = useMessages(commonMessages);
  const label =
    props.kind === 'part'
      ? m.partStates[props.state]
      : props.kind === 'quarter'
        ? m.quarterStates[props.state]
        : m.agreementStates[props.state];
  return <span className={`badge state-${props.state}`}>{label}</span>;
}
