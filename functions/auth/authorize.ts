import { isAllowed, type TAccessTarget, type TAction } from '../../shared/access/policy.js';
import { AppError } from '../../shared/app-error.js';
import type { TUser } from '../../shared/model/organisation.js';
import { say } from '../language.js';

/** Throws 403 unless the policy in shared/access allows the user the action on the target. */
export function authorize(user: TUser, action: TAction, target: TAccessTarget): void {
  if (!isAllowed(user, action, target)) {
    throw new AppError(
      'FORBIDDEN',
      say({ id: 'Anda tidak berwenang melakukan ini', en: 'You are not allowed to do this' }),
      {
        details: { action },
      },
    );
  }
}
