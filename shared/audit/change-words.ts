import { formatNumber, formatRupiah } from '../calc/format.js';
import { utcOffsets } from '../calendar/due-date.js';
import { formatInstant, zoneAbbreviations } from '../calendar/format-date.js';
import type { TLocale } from '../i18n.js';
import { commonMessages } from '../messages/common.js';
import { validationMessages } from '../messages/validation.js';
import { historyMessages } from '../messages/web/history.js';
import type { TAgreementVersion } from '../model/agreement.js';
import { indicatorPlaces } from '../model/agreement-indicators.js';
import type { TAuditSubject, TRecordAgency, TValueChange } from '../model/audit.js';
import type { TTimeZone } from '../model/organisation.js';

/**
 * What the ids and codes of a record stand for, as people read them; `agencyUnits` the units of
 * the agencies it names (a person moved between them), by agency, as unit ids repeat across agencies.
 */
export type TRecordNames = Record<
  'objectives' | 'indicators' | 'activities' | 'programs' | 'units' | 'people' | 'agencies',
  ReadonlyMap<string, string>
> & { agencyUnits: ReadonlyMap<string, ReadonlyMap<string, string>> };

type TNamed = readonly { id: string; name: string }[];
/** The names of the record's own lists, each by id or code. */
type TNameList = Exclude<keyof TRecordNames, 'agencyUnits'>;

/**
 * The names of a year's record: every agreement version's indicators, activities and programs,
 * the units, the people, and the agencies of the region it names (a person moved between them).
 */
export function recordNames(options: {
  agreements: readonly TAgreementVersion[];
  units: TNamed;
  people: TNamed;
  agencies?: readonly TRecordAgency[];
}): TRecordNames {
  const named = (code: string, name: string) => `${code} ${name}`;
  const { agreements } = options;
  return {
    objectives: new Map(agreements.flatMap((a) => a.objectives.map((x) => [x.code, named(x.code, x.name)]))),
    indicators: new Map(
      agreements.flatMap((agreement) =>
        indicatorPlaces(agreement).map(({ indicator }) => [
          indicator.id,
          named(indicator.code, indicator.name),
        ]),
      ),
    ),
    activities: new Map(agreements.flatMap((a) => a.activities.map((x) => [x.code, named(x.code, x.name)]))),
    programs: new Map(agreements.flatMap((a) => a.programs.map((x) => [x.code, named(x.code, x.name)]))),
    units: new Map(options.units.map((unit) => [unit.id, unit.name])),
    people: new Map(options.people.map((person) => [person.id, person.name])),
    agencies: new Map((options.agencies ?? []).map((agency) => [agency.id, agency.name])),
    agencyUnits: new Map(
      (options.agencies ?? []).map((agency) => [
        agency.id,
        new Map(agency.units.map((unit) => [unit.id, unit.name])),
      ]),
    ),
  };
}

/** The lists whose rows a path names by id or code ("users.<id>.roles", "budget.<code>.amount"). */
const rowsOf: Record<string, TNameList> = {
  realisations: 'indicators',
  indicatorComments: 'indicators',
  evidence: 'indicators',
  budget: 'activities',
  narratives: 'programs',
  units: 'units',
  users: 'people',
  // An agreement's objectives, programs and activities by code, indicators by id (agreement-changes.ts).
  objective: 'objectives',
  program: 'programs',
  activity: 'activities',
  indicator: 'indicators',
};
/** The lists whose rows a path names by an id nobody reads (an appointment's, an event's): left out. */
const idOnlyRows = new Set(['acting', 'outbox']);
/** The fields whose value is an id or code of something named. */
const idsOf: Record<string, TNameList> = {
  indicatorId: 'indicators',
  activityCode: 'activities',
  programCode: 'programs',
  unitId: 'units',
  responsibleUnitIds: 'units',
  userId: 'people',
  agencyId: 'agencies',
};
const isIndex = (segment: string | undefined) => segment !== undefined && /^\d+$/.test(segment);
const isDay = (value: string) => /^\d{4}-\d\d-\d\d$/.test(value);
const isInstant = (value: string) => /^\d{4}-\d\d-\d\dT\d\d:\d\d/.test(value);

/** A changed value in words: which field of what, and what it held before and after. */
export type TChangeWords = { field: string; before: string; after: string };

type TWords = {
  names: TRecordNames;
  locale: TLocale;
  timeZone: TTimeZone;
  /** The agency the value's unit is of, where the event moves its person between agencies. */
  agencyId?: string;
};

/** A field's name: the record's own words first, then the forms' (validation's fieldNames). */
const fieldName = (segment: string, locale: TLocale) =>
  historyMessages[locale].values.fields[segment] ?? validationMessages[locale].fieldNames[segment] ?? segment;

/** "realisations.uep-prse.value" as "Realisasi: 1.4.a Jumlah PRSE … › Nilai"; a place in a list numbered. */
function fieldWords(path: string, { names, locale }: TWords): string {
  const segments = path.split('.');
  const words: string[] = [];
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i] ?? '';
    const name = fieldName(segment, locale);
    const rows = rowsOf[segment] ? names[rowsOf[segment]] : undefined;
    // The longest run of segments after a list's name that names one of its rows ("1.1" is one code).
    let end = segments.length;
    while (rows && end > i + 1 && !rows.has(segments.slice(i + 1, end).join('.'))) end--;
    const row = rows && end > i + 1 ? rows.get(segments.slice(i + 1, end).join('.')) : undefined;
    if (idOnlyRows.has(segment)) {
      words.push(name);
      i++;
    } else if (row !== undefined) {
      words.push(`${name}: ${row}`);
      i = end - 1;
    } else if (isIndex(segments[i + 1])) {
      words.push(validationMessages[locale].numbered(name, Number(segments[i + 1]) + 1));
      i++;
    } else words.push(name);
  }
  return words.join(' › ');
}

/** A value of the field `key` as people write it: Rupiah, decimal commas, names for ids, local days and moments. */
function valueWords(x: unknown, key: string, context: TWords): string {
  const { names, locale, timeZone } = context;
  const words = historyMessages[locale].values;
  const roles: Record<string, string> = commonMessages[locale].roles;
  if (x === null || x === undefined || x === '') return '–';
  if (typeof x === 'boolean') return x ? words.yes : words.no;
  if (typeof x === 'number')
    return key === 'amount' || key === 'budget'
      ? formatRupiah(x, locale)
      : formatNumber(x, { locale, maxDecimals: 4 });
  if (typeof x === 'string') {
    const ofAgency = key === 'unitId' && context.agencyId && names.agencyUnits.get(context.agencyId)?.get(x);
    if (ofAgency) return ofAgency;
    const named = idsOf[key] && names[idsOf[key]].get(x);
    if (named) return named;
    const choices: Record<string, Record<string, string>> = {
      locale: words.locales,
      kind: words.kinds,
      numberKind: words.numberKinds,
      polarity: words.polarities,
      aggregation: words.aggregations,
    };
    const chosen = choices[key]?.[x];
    if (chosen) return chosen;
    if (key === 'duty') return roles[x] ?? x;
    if (isDay(x)) return formatInstant(`${x}T12:00:00${utcOffsets[timeZone]}`, 'longDate', timeZone, locale);
    if (isInstant(x))
      return `${formatInstant(x, 'shortDateTime', timeZone, locale)} ${zoneAbbreviations[timeZone]}`;
    return `“${x}”`;
  }
  if (Array.isArray(x))
    return x
      .map((item) =>
        key === 'roles' ? (roles[String(item)] ?? String(item)) : valueWords(item, key, context),
      )
      .join(', ');
  if (typeof x === 'object')
    return Object.entries(x)
      .map(([name, inner]) => `${fieldName(name, locale)}: ${valueWords(inner, name, context)}`)
      .join('; ');
  return String(x);
}

/**
 * The agencies a person's unit change (`users.<id>.unitId`) is between: those the same event moves
 * the person between (`users.<id>.agencyId`), or none where the unit changed within the agency.
 */
function moveOf(change: TValueChange, event: readonly TValueChange[]): { before?: string; after?: string } {
  const [list, row, field] = change.path.split('.');
  if (list !== 'users' || field !== 'unitId') return {};
  const move = event.find((other) => other.path === `users.${row}.agencyId`);
  const agency = (value: unknown) => (typeof value === 'string' ? value : undefined);
  return move ? { before: agency(move.before), after: agency(move.after) } : {};
}

/**
 * One change of the record as a person reads it, in `locale` and the agency's time zone:
 * "realisations.uep-prse.value" is "Realisasi: 1.4.a Jumlah PRSE … › Nilai", 13402000 of a budget
 * "Rp 13.402.000", a role list "Kepala Bidang". Ids and names nobody has words for stay as stored.
 * `event` is every change of its event: a person moved names their unit before by the agency they
 * left, after by the one they joined.
 */
export function changeWords(
  change: TValueChange,
  names: TRecordNames,
  locale: TLocale,
  timeZone: TTimeZone,
  event: readonly TValueChange[] = [],
): TChangeWords {
  const context = { names, locale, timeZone };
  const key = change.path.split('.').at(-1) ?? '';
  const move = moveOf(change, event);
  return {
    field: fieldWords(change.path, context),
    before: valueWords(change.before, key, { ...context, agencyId: move.before }),
    after: valueWords(change.after, key, { ...context, agencyId: move.after }),
  };
}

/** The people a change names by id: a person's row ("users.<id>.roles"), an acting official (`userId`). */
export function peopleNamedIn(changes: readonly TValueChange[]): string[] {
  return changes.flatMap((change) => {
    const [list, row] = change.path.split('.');
    const officials = [change.before, change.after].flatMap((value) =>
      typeof value === 'object' && value !== null && 'userId' in value && typeof value.userId === 'string'
        ? [value.userId]
        : [],
    );
    return list === 'users' && row ? [row, ...officials] : officials;
  });
}

/** The agencies a change names by id: where a person was moved from and to (`users.<id>.agencyId`). */
export function agenciesNamedIn(changes: readonly TValueChange[]): string[] {
  return changes.flatMap((change) =>
    change.path.split('.').at(-1) === 'agencyId'
      ? [change.before, change.after].filter((value): value is string => typeof value === 'string')
      : [],
  );
}

/** The units a move names by id, each with the agency it is of: where a person was moved from and to. */
export function unitsNamedIn(changes: readonly TValueChange[]): { agencyId: string; unitId: string }[] {
  return changes.flatMap((change) => {
    const move = moveOf(change, changes);
    return (['before', 'after'] as const).flatMap((side) => {
      const agencyId = move[side];
      const unitId = change[side];
      return agencyId && typeof unitId === 'string' ? [{ agencyId, unitId }] : [];
    });
  });
}

/** A state in the words of the thing it is the state of: a submitted part is "Dikirim", a submitted agreement waits for signing. */
export function stateWord(
  kind: TAuditSubject['kind'],
  state: string,
  common: (typeof commonMessages)['id'],
): string {
  const words: Record<string, string> =
    kind === 'part' ? common.partStates : kind === 'quarter' ? common.quarterStates : common.agreementStates;
  return words[state] ?? state;
}
