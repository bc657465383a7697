import { ErrorMessage } from '../../components/error-message';
import { Loading } from '../../components/loading';
import { NotFound } from '../../components/not-found';
import type { TScreenProps } from '../../components/screen-props';
import { partParams, usePartData } from '../../part/use-part-data';
import { PartForm } from './part-form';

/**
 * The quarter form of one unit, shown to that unit's division head (the part's address serves
 * everyone else the review, read-only unless they verify or sign off; the API answers 403 to
 * anyone else writing it).
 */
export default function QuarterFormScreen({ params }: TScreenProps) {
  const parsed = partParams(params);
  if (!parsed) return <NotFound />;
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
