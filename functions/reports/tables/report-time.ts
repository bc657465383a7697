import { formatInstant, zoneAbbreviations } from '../../../shared/calendar/format-date.js';
import type { TLocale } from '../../../shared/i18n.js';
import type { TTimeZone } from '../../../shared/model/organisation.js';

/** A generation time in the agency's zone: "14 Januari 2020 10.30 WITA". */
export const formatGeneratedAt = (at: Date, timeZone: TTimeZone, locale: TLocale): string =>
  `${formatInstant(at, 'longDate', timeZone, locale)} ${formatInstant(at, 'time', timeZone, locale)} ${zoneAbbreviations[timeZone]}`;
