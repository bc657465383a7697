import { describe, expect, it } from 'vitest';
import { openYear } from '../../functions/local/seed-demo.js';
import { seedUnits } from '../../shared/seed/organisation.js';
import { clientAs, expectError, expectStatus } from '../support/api-client.js';
import { agreementInForce, downloaded, figuresOf, filledInExcel } from '../support/entry-sheet-workbook.js';
import { completeEntry, headOf } from '../support/fill-part.js';
import { withSeededStore } from '../support/seeded-store.js';
import { uploadWorkbook } from '../support/workbook-files.js';

withSeededStore();

const year = openYear();
const agencyId = 'dinsos-hss';
const units = Object.values(seedUnits);
const quarterParam = (quarter: 1 | 2) => ({ agencyId, year: String(year), quarter: String(quarter) });
const quarterApi = (userId: string) =>
  clientAs(userId).agencies[':agencyId'].years[':year'].quarters[':quarter'];

/** The planner's whole-quarter workbook as downloaded, filled in Excel for every unit, and uploaded. */
const plannersUrl = (quarter: 1 | 2) =>
  expectStatus(quarterApi('perencana')['entry-sheet'].$get({ param: quarterParam(quarter), query: {} }), 200);

async function plannersWorkbook(quarter: 1 | 2) {
  const { url } = await plannersUrl(quarter);
  const workbook = await downloaded(url);
  const agreement = await agreementInForce(agencyId, year);
  const bytes = await filledInExcel(workbook, agreement, quarter);
  return { agreement, upload: await uploadWorkbook('perencana', agencyId, `TW${quarter}.xlsx`, bytes) };
}

describe("the planner's whole quarter from one workbook", () => {
  it('round-trips for every unit of the seed: checked first with nothing stored, then each draft filled as the planner, none submitted', async () => {
    const { agreement, upload } = await plannersWorkbook(1);
    const checked = await expectStatus(
      quarterApi('perencana').parts.check.$post({ param: quarterParam(1), json: upload }),
      200,
    );
    expect(checked.problems).toEqual([]);
    expect(checked.units.map((unit) => unit.unitId).sort()).toEqual(units.map((unit) => unit.id).sort());
    for (const unit of checked.units) {
      expect(unit, unit.unitId).toMatchObject({ state: 'draft', revision: 1, editable: true });
      expect(unit.rows.length, unit.unitId).toBeGreaterThan(0);
      expect(unit.rows.every((row) => row.changed && row.before === null)).toBe(true);
    }
    // The check stored nothing.
    const head = headOf[seedUnits.sekretariat.id] ?? '';
    const partParam = { ...quarterParam(1), unitId: seedUnits.sekretariat.id };
    const untouched = await expectStatus(quarterApi(head).parts[':unitId'].$get({ param: partParam }), 200);
    expect(untouched.part.revision).toBe(1);

    const revisions = Object.fromEntries(checked.units.map((unit) => [unit.unitId, unit.revision]));
    const { parts } = await expectStatus(
      quarterApi('perencana').parts.$post({ param: quarterParam(1), json: { ...upload, revisions } }),
      200,
    );
    expect(parts).toHaveLength(units.length);
    for (const part of parts) {
      const entry = completeEntry(agreement, part.content.unitId, 1);
      expect(part.state).toBe('draft');
      expect(figuresOf(part.content), part.content.unitId).toEqual(figuresOf(entry));
      expect(part.content.budget, part.content.unitId).toEqual(entry.budget);
    }
    const { events } = await expectStatus(
      clientAs('inspektorat').agencies[':agencyId'].years[':year'].quarters[':quarter'].audit.$get({
        query: {},
        param: quarterParam(1),
      }),
      200,
    );
    const filled = events.filter((event) => event.action === 'fillFromWorkbook');
    expect(filled.map((event) => event.actorId)).toEqual(units.map(() => 'perencana'));
  }, 90_000);

  it("refuses a fill when a unit's draft changed after the check, and stores nothing", async () => {
    const { upload } = await plannersWorkbook(2);
    const checked = await expectStatus(
      quarterApi('perencana').parts.check.$post({ param: quarterParam(2), json: upload }),
      200,
    );
    const unitId = seedUnits.pemberdayaan.id;
    const head = headOf[unitId] ?? '';
    const partParam = { ...quarterParam(2), unitId };
    const { part } = await expectStatus(quarterApi(head).parts[':unitId'].$get({ param: partParam }), 200);
    await expectStatus(
      quarterApi(head).parts[':unitId'].$put({
        param: partParam,
        json: { revision: part.revision, entry: { budget: [] } },
      }),
      200,
    );
    const revisions = Object.fromEntries(checked.units.map((unit) => [unit.unitId, unit.revision]));
    await expectError(
      quarterApi('perencana').parts.$post({ param: quarterParam(2), json: { ...upload, revisions } }),
      409,
    );
    const other = { ...quarterParam(2), unitId: seedUnits.sekretariat.id };
    const after = await expectStatus(
      quarterApi(headOf[seedUnits.sekretariat.id] ?? '').parts[':unitId'].$get({ param: other }),
      200,
    );
    expect(after.part.revision).toBe(1);
  });

  it("is the planner's: a division head may not check or take in the whole quarter", async () => {
    const bytes = new Uint8Array(await (await downloaded((await plannersUrl(2)).url)).xlsx.writeBuffer());
    const upload = await uploadWorkbook('kabid-pemberdayaan', agencyId, 'TW2.xlsx', bytes);
    await expectError(
      quarterApi('kabid-pemberdayaan').parts.$post({ param: quarterParam(2), json: upload }),
      403,
    );
    await expectError(
      quarterApi('kabid-pemberdayaan').parts.check.$post({ param: quarterParam(2), json: upload }),
      403,
    );
  });
});
