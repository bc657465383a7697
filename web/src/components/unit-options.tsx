import { useAgency } from '../app/agency';

/** The agency's units as a select's options, valued by their ids. */
export function UnitOptions() {
  const { units } = useAgency();
  return units.map((unit) => (
    <option key={unit.id} value={unit.id}>
      {unit.name}
    </option>
  ));
}
