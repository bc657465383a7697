import type { TScreenProps } from '../../components/screen-props';
import { LoadedPart } from '../../part/loaded-part';
import { PartForm } from './part-form';

/**
 * The quarter form of one unit, shown to that unit's division head (the part's address serves
 * everyone else the review, read-only unless they verify or sign off; the API answers 403 to
 * anyone else writing it).
 */
export default function QuarterFormScreen({ params }: TScreenProps) {
  return <LoadedPart params={params}>{(loaded) => <PartForm {...loaded} />}</LoadedPart>;
}
