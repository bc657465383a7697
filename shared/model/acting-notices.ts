import type { TActingAssignment } from './acting.js';
import { actingStanding } from './acting-standing.js';
import type { TUser } from './organisation.js';

/** An appointment someone meets on their home: one they carry, or one carrying their own duty. */
export type TActingNotice = { assignment: TActingAssignment; standing: 'current' | 'coming' };

/** Whether the user holds, in their own right, the duty the assignment carries. */
const holdsDutyOf = (user: TUser, assignment: TActingAssignment) =>
  user.agencyId === assignment.agencyId &&
  user.roles.includes(assignment.duty) &&
  (assignment.duty === 'head' || user.unitId === assignment.unitId);

/**
 * What a person reads on their home of the agency's acting officials, in force or coming: the
 * duties they carry for someone (`carried`), and who carries their own (`carriedForMe`).
 */
export function actingNotices(
  user: TUser,
  assignments: readonly TActingAssignment[],
  at: string,
): { carried: TActingNotice[]; carriedForMe: TActingNotice[] } {
  const open = assignments.flatMap((assignment) => {
    const standing = actingStanding(assignment, at);
    return standing === 'past' ? [] : [{ assignment, standing }];
  });
  return {
    carried: open.filter(({ assignment }) => assignment.userId === user.id),
    carriedForMe: open.filter(({ assignment }) => holdsDutyOf(user, assignment)),
  };
}
