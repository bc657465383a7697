import { useMutation, useQueryClient } from '@tanstack/react-query';
import { evidenceMessages } from '../../../shared/messages/web/evidence';
import type { TEvidence } from '../../../shared/model/evidence';
import { api, ok } from '../api/client';
import { queries, yearKey } from '../api/queries';
import { ConfirmWithReason } from '../components/confirm-with-reason';
import { useMessages } from '../i18n/i18n';

/** Removes a file from its part (a wrong photo, an upload that never arrived), asking why, for the part's record. */
export function RemoveEvidence({ file, onRemoved }: { file: TEvidence; onRemoved: () => void }) {
  const m = useMessages(evidenceMessages);
  const queryClient = useQueryClient();
  const { agencyId, year, quarter, unitId } = file;
  const remove = useMutation({
    mutationFn: (reason: string) =>
      ok(
        api.agencies[':agencyId'].years[':year'].quarters[':quarter'].parts[':unitId'].evidence[
          ':evidenceId'
        ].$delete({
          param: { agencyId, year: String(year), quarter: String(quarter), unitId, evidenceId: file.id },
          json: { reason },
        }),
      ),
    onSuccess: onRemoved,
    // Listed again either way: without the file, or as it stands when removing it was refused
    // (removed or taken in meanwhile); the part's history gains the removal.
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({
          queryKey: queries.evidence(agencyId, year, quarter, unitId).queryKey,
        }),
        queryClient.invalidateQueries({ queryKey: [...yearKey(agencyId, year), 'audit'] }),
      ]),
  });
  return (
    <ConfirmWithReason
      open={{ text: m.remove, label: m.removeFile(file.fileName), className: 'remove-button link-button' }}
      reason={{ label: m.removeReason, required: true }}
      confirm={{ text: m.confirmRemove, className: 'danger small' }}
      cancel={m.cancel}
      mutation={remove}
    />
  );
}
