import { commonMessages } from '../../../shared/messages/common';
import { quarterFormMessages } from '../../../shared/messages/web/quarter-form';
import type { TIndicatorPlace } from '../../../shared/model/agreement-indicators';
import { targetValue } from '../../../shared/model/indicator';
import type { TQuarter } from '../../../shared/model/quarter';
import { useAgency } from '../app/agency';
import { BandLabel } from '../components/band-label';
import type { TColumn } from '../components/data-table';
import { useMessages } from '../i18n/i18n';
import type { liveFigures } from '../screens/quarter-form/indicator-figures';

/** An indicator of a part with its figures, as the form computes them while typing or the review reads them. */
export type TIndicatorLine = { place: TIndicatorPlace; figures: ReturnType<typeof liveFigures> };

/**
 * The columns the quarter form and the review share: the targets before the realisation, and
 * the achievement, achievement to date and status band after it.
 */
export function useIndicatorColumns(quarter: TQuarter) {
  const m = useMessages(quarterFormMessages);
  const { quarterShort, annualOnly } = useMessages(commonMessages);
  const { fmt } = useAgency();
  const targets: TColumn<TIndicatorLine>[] = [
    { header: m.annualTarget, num: true, cell: ({ place }) => fmt.target(place.indicator.target) },
    {
      header: m.quarterTarget(quarterShort(quarter)),
      num: true,
      cell: ({ place }) => {
        const target = place.indicator.quarterTargets[quarter - 1];
        return target === undefined ? '–' : targetValue(target) === 0 ? '0' : fmt.target(target);
      },
    },
  ];
  const figures: TColumn<TIndicatorLine>[] = [
    // Read out as the realisation is typed.
    {
      header: m.achievement,
      num: true,
      cell: ({ figures }) => <span aria-live="polite">{fmt.percent(figures.achieved)}</span>,
    },
    { header: m.toDate, num: true, cell: ({ figures }) => fmt.percent(figures.toDate) },
    {
      header: m.status,
      cell: ({ figures }) => (figures.awaitsYearFigure ? annualOnly : <BandLabel band={figures.band} />),
    },
  ];
  return { targets, figures };
}
