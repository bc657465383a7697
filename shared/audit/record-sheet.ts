import { formatInstant, zoneAbbreviations } from '../calendar/format-date.js';
import type { TLocale } from '../i18n.js';
import { commonMessages } from '../messages/common.js';
import { historyMessages } from '../messages/web/history.js';
import { actingWords } from '../model/acting-standing.js';
import type { TAuditEvent, TAuditSubject } from '../model/audit.js';
import type { TTimeZone } from '../model/organisation.js';
import { localDate } from '../reminders/local-day.js';
import type { TSheetModel } from '../workbook/sheet-model.js';
import { implausibleText } from '../workflow/plausibility.js';
import { changeWords, stateWord, type TRecordNames } from './change-words.js';

/** What an event is about, in words: "Triwulan II · Sekretariat", "Perjanjian Kinerja versi 2". */
function subjectWords(subject: TAuditSubject, names: TRecordNames, locale: TLocale): string {
  const m = historyMessages[locale];
  const quarter = commonMessages[locale].quarterName;
  switch (subject.kind) {
    case 'quarter':
      return quarter(subject.quarter);
    case 'part':
      return `${quarter(subject.quarter)} · ${names.units.get(subject.unitId) ?? subject.unitId}`;
    case 'agreement':
      return m.sheet.agreementVersion(subject.version);
    case 'regionReports':
      return m.sheet.regionFiles(quarter(subject.quarter));
    default:
      return m.sheet.subjects[subject.kind];
  }
}

/** "2026-04-07 23.59.07": a moment in the agency's time zone, sorting as it reads. */
const localMoment = (at: string, timeZone: TTimeZone) =>
  `${localDate(at, timeZone)} ${formatInstant(at, 'timeWithSeconds', timeZone, 'id')}`;

/**
 * A year's record as one sheet for an auditor's working papers, oldest first: who, when (the
 * agency's time), in which capacity, about what, which step (from → to state), why, and a row per
 * value changed, before and after, in words.
 */
export function recordSheet(options: {
  year: number;
  events: readonly TAuditEvent[];
  names: TRecordNames;
  locale: TLocale;
  timeZone: TTimeZone;
}): TSheetModel {
  const { events, names, locale, timeZone } = options;
  const m = historyMessages[locale];
  const common = commonMessages[locale];
  const c = m.sheet.columns;
  const rows = [...events]
    .sort((a, b) => a.at.localeCompare(b.at))
    .flatMap((event) => {
      const states =
        event.fromState && event.toState
          ? `${stateWord(event.subject.kind, event.fromState, common)} → ${stateWord(event.subject.kind, event.toState, common)}`
          : null;
      const confirmed = (event.confirmedFigures ?? [])
        .map((figure) => `${figure.indicatorCode}: ${implausibleText(figure)}`)
        .join('; ');
      const what = [
        localMoment(event.at, timeZone),
        event.actorName,
        event.acting ? actingWords(event.acting, names.units, locale) : null,
        subjectWords(event.subject, names, locale),
        m.actions[event.action] ?? event.action,
        states,
        event.reason ?? null,
        confirmed || null,
      ];
      const changes = event.changes.map((change) =>
        changeWords(change, names, locale, timeZone, event.changes),
      );
      if (changes.length === 0) return [[...what, null, null, null]];
      const omitted = event.changesOmitted
        ? [[...what, m.changesOmitted(event.changesOmitted), null, null]]
        : [];
      return [...changes.map((change) => [...what, change.field, change.before, change.after]), ...omitted];
    });
  return {
    name: m.sheet.name(options.year),
    columns: [
      { header: c.at(zoneAbbreviations[timeZone]), width: 19 },
      { header: c.by, width: 28 },
      { header: c.acting, width: 18 },
      { header: c.subject, width: 30 },
      { header: c.action, width: 28 },
      { header: c.states, width: 24 },
      { header: c.reason, width: 40 },
      { header: c.confirmed, width: 30 },
      { header: c.field, width: 50 },
      { header: c.before, width: 30 },
      { header: c.after, width: 30 },
    ],
    rows,
  };
}
