import { refusalOf, type TAccessTarget, type TAction, type TRefusal } from '../../shared/access/policy.js';
import { AppError } from '../../shared/app-error.js';
import type { TText } from '../../shared/i18n.js';
import type { TUser } from '../../shared/model/organisation.js';
import { say } from '../language.js';

/** What the person is told, per reason the policy gives. */
const refusals: Record<TRefusal, TText> = {
  role: { id: 'Anda tidak berwenang melakukan ini', en: 'You are not allowed to do this' },
  ownSubmission: {
    id: 'Bagian ini Anda kirim sendiri; orang lain yang memeriksanya',
    en: 'You submitted this part yourself; someone else reviews it',
  },
  ownVerification: {
    id: 'Anda sendiri memverifikasi bagian triwulan ini; orang lain yang mengesahkannya',
    en: 'You verified a part of this quarter yourself; someone else signs it off',
  },
  ownRoles: { id: 'Peran Anda sendiri diubah oleh orang lain', en: 'Someone else changes your own roles' },
};

/** The 403 for a refusal of the policy, saying why. */
export const forbidden = (refusal: TRefusal, action: TAction): AppError =>
  new AppError('FORBIDDEN', say(refusals[refusal]), { details: { action, refusal } });

/** Throws 403 unless the policy in shared/access allows the user the action on the target. */
export function authorize(user: TUser, action: TAction, target: TAccessTarget): void {
  const refusal = refusalOf(user, action, target);
  if (refusal) throw forbidden(refusal, action);
}
