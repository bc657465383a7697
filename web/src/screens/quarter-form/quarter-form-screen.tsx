import { useState } from 'react';
import type { TScreenProps } from '../../components/screen-props';
import { LoadedPart } from '../../part/loaded-part';
import { PartForm } from './part-form';

/**
 * The quarter form of one unit, shown to that unit's division head (the part's address serves
 * everyone else the review, read-only unless they verify or sign off; the API answers 403 to
 * anyone else writing it). A draft filled from a workbook starts the form afresh from it.
 */
export default function QuarterFormScreen({ params }: TScreenProps) {
  const [filled, setFilled] = useState(0);
  return (
    <LoadedPart params={params}>
      {(loaded) => <PartForm key={filled} {...loaded} onFilled={() => setFilled((n) => n + 1)} />}
    </LoadedPart>
  );
}
