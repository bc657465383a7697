import type { TLocale } from '../i18n.js';
import { commonMessages } from '../messages/common.js';
import type { TActingAssignment, TActingCapacity, TActingKind } from './acting.js';

// Where an appointment stands in time and how its capacity reads: plain functions apart from the
// schemas (acting.ts), for the sign-in on every request and the home's first screen.

/** How the title is written before the post: "Plt. Kepala Dinas Sosial". */
export const actingTitles: Record<TActingKind, string> = { plt: 'Plt.', plh: 'Plh.' };

/** The capacity someone acts in, as the record says it: "Plh. Kepala Dinas", "Plt. Kepala Bidang Sekretariat". */
export function actingWords(
  acting: TActingCapacity,
  units: ReadonlyMap<string, string>,
  locale: TLocale,
): string {
  const unit = acting.unitId ? ` ${units.get(acting.unitId) ?? acting.unitId}` : '';
  return `${actingTitles[acting.kind]} ${commonMessages[locale].roles[acting.duty]}${unit}`;
}

/** The instant an assignment stops holding: after its last day, or when ended early. */
export const actingEndsAt = (assignment: Pick<TActingAssignment, 'endsAt' | 'endedAt'>): number =>
  Math.min(Date.parse(assignment.endsAt), Date.parse(assignment.endedAt ?? assignment.endsAt));

/** Whether the assignment holds at the instant: begun, not past its last day, not ended early. */
export const isActingAt = (assignment: TActingAssignment, at: string): boolean => {
  const now = Date.parse(at);
  return Date.parse(assignment.startsAt) <= now && now < actingEndsAt(assignment);
};

/** Where an assignment stands at the instant: holding now, yet to begin, or over (or cancelled). */
export function actingStanding(assignment: TActingAssignment, at: string): 'current' | 'coming' | 'past' {
  const now = Date.parse(at);
  if (now >= actingEndsAt(assignment)) return 'past';
  return now < Date.parse(assignment.startsAt) ? 'coming' : 'current';
}
