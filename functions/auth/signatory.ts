import { AppError } from '../../shared/app-error.js';
import { t } from '../../shared/i18n.js';
import { actingMessages } from '../../shared/messages/acting.js';
import type { TActingCapacity, TSignatory } from '../../shared/model/acting.js';
import { actingTitles } from '../../shared/model/acting-standing.js';
import type { TAgency, TUser } from '../../shared/model/organisation.js';

/**
 * Who signs as the head: the agency's head as the agency records them, or an acting official
 * under their own name, rank and NIP, marked Plt./Plh. (what the signature blocks print).
 */
export function headSignatory(user: TUser, acting: TActingCapacity | undefined, agency: TAgency): TSignatory {
  if (!acting) return agency.head;
  if (!user.rank || !user.nip) {
    throw new AppError('CONFLICT', t(actingMessages).signerNeedsRankAndNip);
  }
  return { name: user.name, rank: user.rank, nip: user.nip, acting: acting.kind };
}

/** The signer as emails name them: "Noor Hidayati, S.Sos (Plh. Kepala Dinas Sosial)". */
export const signerName = (user: TUser, acting: TActingCapacity | undefined, agency: TAgency): string =>
  acting ? `${user.name} (${actingTitles[acting.kind]} Kepala ${agency.shortName})` : user.name;
