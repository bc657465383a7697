/**
 * Dates typed as text the Indonesian way (10/04/2026), whatever the browser's
 * language: a native date input would show an English browser "04/10/2026" beside
 * "10 Apr 2026" elsewhere on the screen.
 */

/** "10/04/2026" (also 10-04-2026, 10.04.2026, 2026-04-10) as "2026-04-10"; null when no real day. */
export function parseDayText(text: string): string | null {
  const trimmed = text.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(trimmed);
  const local = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(trimmed);
  const [year, month, day] = iso
    ? [iso[1], iso[2], iso[3]].map(Number)
    : local
      ? [local[3], local[2], local[1]].map(Number)
      : [];
  if (year === undefined || month === undefined || day === undefined) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  // 31/02 rolls over into March: not a day anyone meant.
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return null;
  return date.toISOString().slice(0, 10);
}

/** "2026-04-10" as typed back: "10/04/2026". */
export const dayText = (isoDay: string): string => isoDay.split('-').reverse().join('/');
