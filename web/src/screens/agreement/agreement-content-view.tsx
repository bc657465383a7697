import type { TAgreementContent } from '../../../../shared/model/agreement-content';
import { quarters } from '../../../../shared/model/quarter';
import { useMessages } from '../../i18n/i18n';
import { agreementMessages } from './agreement-messages';
import type { TContentEditor } from './content-edit';
import { ObjectivesSection } from './objectives-section';
import { ProgramsSection } from './programs-section';

/** The agreement's objectives, programs and activities with every target; inputs where it is a draft. */
export function AgreementContentView(props: { content: TAgreementContent; editor: TContentEditor }) {
  const m = useMessages(agreementMessages);
  const head = (
    <thead>
      <tr>
        <th scope="col">{m.code}</th>
        <th scope="col">{m.indicator}</th>
        <th scope="col">{m.unit}</th>
        <th scope="col" className="num">
          {m.target}
        </th>
        {quarters.map((q) => (
          <th key={q} scope="col" className="num">
            {m.quarterTarget(q)}
          </th>
        ))}
      </tr>
    </thead>
  );
  return (
    <>
      <ObjectivesSection content={props.content} editor={props.editor} head={head} />
      <ProgramsSection content={props.content} editor={props.editor} head={head} />
    </>
  );
}
