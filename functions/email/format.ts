import { formatInstant, zoneAbbreviations } from '../../shared/calendar/format-date.js';
import type { TLocale } from '../../shared/i18n.js';
import { commonMessages } from '../../shared/messages/common.js';
import type { TTimeZone } from '../../shared/model/organisation.js';

/** The local moment with its zone: "Jumat, 10 April 2026 pukul 23.59 WITA" / "… at 23:59 WITA". */
export const formatDateTime = (instant: string, timeZone: TTimeZone, locale: TLocale): string =>
  commonMessages[locale].dayAtTime(
    formatInstant(instant, 'weekdayDate', timeZone, locale),
    formatInstant(instant, 'time', timeZone, locale),
    zoneAbbreviations[timeZone],
  );
