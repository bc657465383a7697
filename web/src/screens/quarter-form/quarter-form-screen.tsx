import { unitName, useAgency } from '../../app/agency';
import { Link } from '../../app/router';
import { paths } from '../../app/routes';
import { useUser } from '../../app/session';
import { ErrorMessage } from '../../components/error-message';
import { Loading } from '../../components/loading';
import { NotFound } from '../../components/not-found';
import { PageTitle } from '../../components/page-title';
import type { TScreenProps } from '../../components/screen-props';
import { useMessages } from '../../i18n/i18n';
import { partParams, usePartData } from '../../part/use-part-data';
import { PartForm } from './part-form';
import { quarterFormMessages } from './quarter-form-messages';

/**
 * The quarter form of one unit. Only that unit's division head writes it (the API answers 403
 * to anyone else), so others get a clear message and a link to the read-only view instead.
 */
export default function QuarterFormScreen({ params }: TScreenProps) {
  const parsed = partParams(params);
  const user = useUser();
  if (!parsed) return <NotFound />;
  const mayWrite = user.roles.includes('division_head') && user.unitId === parsed.unitId;
  if (!mayWrite) return <NotYours {...parsed} />;
  return <LoadedForm {...parsed} />;
}

function LoadedForm(props: { year: number; quarter: 1 | 2 | 3 | 4; unitId: string }) {
  const { data, error, part } = usePartData(props.year, props.quarter, props.unitId);
  if (error)
    return (
      <div className="page">
        <ErrorMessage error={error} onRetry={part.reload} />
      </div>
    );
  if (!data) return <Loading />;
  return <PartForm key={`${props.year}-${props.quarter}-${props.unitId}`} data={data} {...props} />;
}

function NotYours(props: { year: number; quarter: number; unitId: string }) {
  const m = useMessages(quarterFormMessages);
  const { units } = useAgency();
  return (
    <div className="page narrow">
      <PageTitle title={m.notYours} />
      <div className="alert warning" role="alert">
        <p>{m.notYoursText(unitName(units, props.unitId))}</p>
      </div>
      <Link className="button secondary" to={paths.review(props.year, props.quarter, props.unitId)}>
        {m.viewInstead}
      </Link>
    </div>
  );
}
