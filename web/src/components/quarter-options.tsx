import { commonMessages } from '../../../shared/messages/common';
import { quarters } from '../../../shared/model/quarter';
import { useMessages } from '../i18n/i18n';

/** The four quarters as a select's options ("Triwulan I" …), valued 1–4. */
export function QuarterOptions() {
  const m = useMessages(commonMessages);
  return quarters.map((q) => (
    <option key={q} value={q}>
      {m.quarterName(q)}
    </option>
  ));
}
