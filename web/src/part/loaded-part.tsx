import { Fragment, type ReactNode } from 'react';
import { ErrorMessage } from '../components/error-message';
import { Loading } from '../components/loading';
import { NotFound } from '../components/not-found';
import { partParams, type TPartData, usePartData } from './use-part-data';

export type TLoadedPartProps = { data: TPartData; year: number; quarter: 1 | 2 | 3 | 4; unitId: string };

/**
 * A part's screen once the part, its agreement version and the year's quarters are read; the
 * screen starts afresh (its typing and notices) when the address names another part.
 */
export function LoadedPart(props: {
  params: Record<string, string>;
  children: (loaded: TLoadedPartProps) => ReactNode;
}) {
  const parsed = partParams(props.params);
  if (!parsed) return <NotFound />;
  return <PartLoader {...parsed} render={props.children} />;
}

function PartLoader(props: {
  year: number;
  quarter: 1 | 2 | 3 | 4;
  unitId: string;
  render: (loaded: TLoadedPartProps) => ReactNode;
}) {
  const { year, quarter, unitId, render } = props;
  const { data, error, retry } = usePartData(year, quarter, unitId);
  if (error)
    return (
      <div className="page">
        <ErrorMessage error={error} onRetry={retry} />
      </div>
    );
  if (!data) return <Loading />;
  return <Fragment key={`${year}-${quarter}-${unitId}`}>{render({ data, year, quarter, unitId })}</Fragment>;
}
