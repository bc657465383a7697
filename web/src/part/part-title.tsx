import type { ReactNode } from 'react';
import { commonMessages } from '../../../shared/messages/common';
import type { TQuarter } from '../../../shared/model/quarter';
import type { TPartState } from '../../../shared/workflow/part-workflow';
import { unitName, useAgency, usePaths } from '../app/agency';
import { Link } from '../app/router';
import { PageTitle } from '../components/page-title';
import { StateBadge } from '../components/state-badge';
import { useMessages } from '../i18n/i18n';

type TPartTitleProps = {
  /** The screen's title for the unit ("Laporan Bidang …", "Pemeriksaan Bidang …"). */
  title: (unit: string) => string;
  year: number;
  quarter: TQuarter;
  unitId: string;
  state: TPartState;
  /** Links after the part's history. */
  children?: ReactNode;
};

/** A part's screen title: the unit, the quarter of the year, the part's state and its history. */
export function PartTitle({ title, year, quarter, unitId, state, children }: TPartTitleProps) {
  const common = useMessages(commonMessages);
  const { units } = useAgency();
  const paths = usePaths();
  return (
    <PageTitle
      title={title(unitName(units, unitId))}
      subtitle={
        <>
          {common.quarterOfYear(quarter, year)} · <StateBadge kind="part" state={state} />{' '}
          <Link to={paths.history(year, { kind: 'part', quarter, unitId })}>{common.nav.history}</Link>
          {children}
        </>
      }
    />
  );
}
