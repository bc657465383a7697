import {
  actingCapacity,
  refusalOf,
  type TAccessTarget,
  type TAction,
  type TActor,
  type TRefusal,
} from '../../shared/access/policy.js';
import { AppError } from '../../shared/app-error.js';
import { t } from '../../shared/i18n.js';
import { apiMessages } from '../../shared/messages/api.js';
import type { TActingCapacity } from '../../shared/model/acting.js';

/** The 403 for a refusal of the policy, saying why. */
export const forbidden = (refusal: TRefusal, action: TAction): AppError =>
  new AppError('FORBIDDEN', t(apiMessages).refusals[refusal], { details: { action, refusal } });

/**
 * Throws 403 unless the policy in shared/access allows the user the action on the target; returns
 * the acting capacity (Plt./Plh.) the user takes it in, undefined in their own role.
 */
export function authorize(user: TActor, action: TAction, target: TAccessTarget): TActingCapacity | undefined {
  const refusal = refusalOf(user, action, target);
  if (refusal) throw forbidden(refusal, action);
  return actingCapacity(user, action, target);
}
