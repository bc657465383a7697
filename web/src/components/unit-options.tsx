import type { TUnit } from '../../../shared/model/organisation';
import { useAgency } from '../app/agency';

/** Units as a select's options, valued by their ids: the agency's, or those given. */
export function UnitOptions({ units }: { units?: readonly TUnit[] }) {
  const agency = useAgency();
  return (units ?? agency.units).map((unit) => (
    <option key={unit.id} value={unit.id}>
      {unit.name}
    </option>
  ));
}
