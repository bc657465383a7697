import { AppError, type FieldIssue, fieldIssue } from '../../shared/app-error.js';
import { localYear } from '../../shared/calendar/due-date.js';
import { diffValues } from '../../shared/diff.js';
import { t } from '../../shared/i18n.js';
import { apiMessages } from '../../shared/messages/api.js';
import { regionMessages } from '../../shared/messages/region.js';
import type { TRenameUnit, TRestructure } from '../../shared/model/onboarding.js';
import type { TAgency, TUnit, TUser } from '../../shared/model/organisation.js';
import { endedUnit, renamedUnit, unitActiveIn } from '../../shared/model/unit-history.js';
import { isQuarterLocked } from '../../shared/workflow/quarter-workflow.js';
import { forgetAgency, loadAgency } from '../agency/load-agency.js';
import { beginChange } from '../change.js';
import type { TClock } from '../clock.js';
import type { TItemUpdate } from '../db/commit.js';
import { unitEntity } from '../db/entities.js';
import { keys } from '../db/keys.js';
import { readYear } from '../db/year.js';

/**
 * The first year a change of units may take effect: this year while none of its quarters is
 * signed off, else the next. A year with a signed quarter keeps the units it was signed with.
 */
async function earliestYear(agency: TAgency, at: string): Promise<number> {
  const year = localYear(new Date(at), agency.timeZone);
  const { quarters } = await readYear(agency.id, year);
  return quarters.some((quarter) => isQuarterLocked(quarter.state)) ? year + 1 : year;
}

/** A unit's history as changed: only while the stored unit is still the one read. */
const unitUpdate = (before: TUnit, after: TUnit): TItemUpdate => ({
  key: keys.unit(after.agencyId, after.id),
  set: {
    name: after.name,
    formerNames: after.formerNames,
    untilYear: after.untilYear,
    successorIds: after.successorIds,
  },
  condition:
    before.untilYear === undefined
      ? {
          expression: '#name = :name AND attribute_not_exists(untilYear)',
          names: { '#name': 'name' },
          values: { ':name': before.name },
        }
      : {
          expression: '#name = :name AND untilYear = :until',
          names: { '#name': 'name' },
          values: { ':name': before.name, ':until': before.untilYear },
        },
});

const refuse = (issues: FieldIssue[]) => {
  if (issues.length > 0) throw new AppError('BAD_REQUEST', t(regionMessages).restructureInvalid, { issues });
};

export type RestructureUnitsOptions = { user: TUser; agencyId: string; entry: TRestructure; clock?: TClock };

/**
 * The region admin restructures an agency between years: new units from `fromYear` on, replacing
 * (a split or a merger) the units named, which report last in the year before. On the record.
 */
export async function restructureUnits(options: RestructureUnitsOptions): Promise<TUnit[]> {
  const { user, agencyId, entry } = options;
  const { agency, units } = await loadAgency(user, agencyId, 'agencies.manage');
  const change = beginChange({ user, clock: options.clock, agency });
  const earliest = await earliestYear(agency, change.at);
  const issues: FieldIssue[] = [];
  if (entry.fromYear < earliest)
    issues.push(fieldIssue('fromYear', t(regionMessages).fromYearTooEarly(earliest)));
  entry.units.forEach((unit, index) => {
    if (units.some((known) => known.id === unit.id))
      issues.push(fieldIssue(`units.${index}.id`, t(regionMessages).unitIdTaken));
  });
  const ended = entry.endedUnitIds.map((unitId, index) => {
    const unit = units.find((known) => known.id === unitId);
    if (!unit || !unitActiveIn(unit, entry.fromYear))
      issues.push(fieldIssue(`endedUnitIds.${index}`, t(regionMessages).notActiveUnit(entry.fromYear)));
    return unit;
  });
  refuse(issues);
  const added: TUnit[] = entry.units.map((unit) => ({ ...unit, agencyId, fromYear: entry.fromYear }));
  const successorIds = added.map((unit) => unit.id);
  const updates = ended.flatMap((unit) =>
    unit ? [unitUpdate(unit, endedUnit(unit, entry.fromYear, successorIds))] : [],
  );
  await change.commit({
    writes: added.map((unit) => ({ item: unitEntity.item(unit), expectedRevision: 'new' })),
    updates,
    audit: [
      change.audit({
        subject: { kind: 'settings' },
        action: 'restructureUnits',
        reason: entry.reason,
        changes: [
          ...added.flatMap((unit) =>
            diffValues({}, unit).map((value) => ({ ...value, path: `units.${unit.id}.${value.path}` })),
          ),
          ...entry.endedUnitIds.map((unitId) => ({
            path: `units.${unitId}.untilYear`,
            before: null,
            after: entry.fromYear - 1,
          })),
        ],
      }),
    ],
  });
  forgetAgency(agencyId);
  return added;
}

export type RenameUnitOptions = {
  user: TUser;
  agencyId: string;
  unitId: string;
  entry: TRenameUnit;
  clock?: TClock;
};

/** The region admin renames a unit from a year on; the years before keep printing the old name. */
export async function renameUnit(options: RenameUnitOptions): Promise<TUnit> {
  const { user, agencyId, unitId, entry } = options;
  const { agency, units } = await loadAgency(user, agencyId, 'agencies.manage');
  const unit = units.find((known) => known.id === unitId);
  if (!unit) throw new AppError('NOT_FOUND', t(apiMessages).unitNotFound(unitId));
  const change = beginChange({ user, clock: options.clock, agency });
  const earliest = await earliestYear(agency, change.at);
  const issues: FieldIssue[] = [];
  if (entry.fromYear < earliest)
    issues.push(fieldIssue('fromYear', t(regionMessages).fromYearTooEarly(earliest)));
  else if (!unitActiveIn(unit, entry.fromYear))
    issues.push(fieldIssue('fromYear', t(regionMessages).notActiveUnit(entry.fromYear)));
  if (entry.name === unit.name) issues.push(fieldIssue('name', t(regionMessages).sameName));
  refuse(issues);
  const renamed = renamedUnit(unit, entry.name, entry.fromYear);
  await change.commit({
    writes: [],
    updates: [unitUpdate(unit, renamed)],
    audit: [
      change.audit({
        subject: { kind: 'settings' },
        action: 'renameUnit',
        reason: entry.reason,
        changes: [{ path: `units.${unitId}.name`, before: unit.name, after: entry.name }],
      }),
    ],
  });
  forgetAgency(agencyId);
  return renamed;
}
