import { useQuery } from '@tanstack/react-query';
import { personWords } from '../../../shared/model/named-person';
import { queries } from '../api/queries';
import { useLanguage } from '../i18n/i18n';
import { useAgency } from './agency';

/**
 * Names for the people a screen's record names by id, those who have left too: "Siti Rahmah
 * (tidak aktif)", "… (kini di perangkat daerah lain)"; "…" while they are read, the id of anyone
 * the API does not name.
 */
export function usePersonNames(ids: readonly (string | undefined)[]): (id: string) => string {
  const { lang } = useLanguage();
  const { agency } = useAgency();
  const wanted = [...new Set(ids.filter((id): id is string => Boolean(id)))].sort();
  const people = useQuery(queries.people(agency.id, wanted));
  return (id) =>
    people.isPending
      ? '…'
      : personWords(
          id,
          people.data?.people.find((person) => person.id === id),
          lang,
        );
}
