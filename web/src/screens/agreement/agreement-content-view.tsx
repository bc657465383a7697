import type { TAgreementContent } from '../../../../shared/model/agreement-content';
import type { TContentEditor } from './content-edit';
import { ObjectivesSection } from './objectives-section';
import { ProgramsSection } from './programs-section';

/** The agreement's objectives, programs and activities with every target; inputs where it is a draft. */
export function AgreementContentView(props: { content: TAgreementContent; editor: TContentEditor }) {
  return (
    <>
      <ObjectivesSection content={props.content} editor={props.editor} />
      <ProgramsSection content={props.content} editor={props.editor} />
    </>
  );
}
