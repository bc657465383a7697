import { describe, expect, it } from 'vitest';
import { checkWorkbook } from '../../shared/checker/check-workbook.js';
import { clientAs, expectError, expectStatus } from '../support/api-client.js';
import { handMadeWorkbook2019 } from '../support/hand-made-tables.js';
import { handMadeXlsx2019 } from '../support/hand-made-workbook.js';
import { withSeededStore } from '../support/seeded-store.js';
import { pdfFile, uploadWorkbook } from '../support/workbook-files.js';

withSeededStore();

const agencyId = 'dinsos-hss';

const check = (userId: string, json: { uploadId: string; fileName: string }, lang?: 'en') =>
  clientAs(userId, lang ? { lang } : {}).agencies[':agencyId']['workbook-checks'].$post({
    param: { agencyId },
    json,
  });

describe('checking a report made by hand', () => {
  it("finds in the seed's tables typed in Excel what the same tables typed as text give: percent cells, merged headers and a formula's saved result read as shown", async () => {
    const upload = await uploadWorkbook('inspektorat', agencyId, 'LKj 2019.xlsx', await handMadeXlsx2019());
    const found = await expectStatus(check('inspektorat', upload), 200);
    const expected = checkWorkbook(handMadeWorkbook2019());
    expect(found.sheets.map(({ name, tables, rows, figures }) => ({ name, tables, rows, figures }))).toEqual(
      expected.sheets.map(({ name, tables, rows, figures }) => ({ name, tables, rows, figures })),
    );
    const listed = (findings: typeof found.findings) =>
      findings.map((f) => `${f.sheet} ${f.cell} ${f.kind} ${f.reason} ${f.computed}`).sort();
    expect(found.findings).toHaveLength(70);
    expect(listed(found.findings)).toEqual(listed(expected.findings));
  });

  it("refuses a file that is no workbook, in the reader's language, naming the problem", async () => {
    const upload = await uploadWorkbook('perencana', agencyId, 'LKj.xlsx', pdfFile());
    const refused = await expectError(check('perencana', upload, 'en'), 400);
    expect(refused.error.message).toBe('This file is a PDF with another name, not an Excel workbook.');
  });

  it("is not for another agency's people", async () => {
    const upload = await uploadWorkbook('perencana', agencyId, 'LKj 2019.xlsx', await handMadeXlsx2019());
    await expectError(
      clientAs('perencana').agencies[':agencyId']['workbook-checks'].$post({
        param: { agencyId: 'dinkes-hss' },
        json: upload,
      }),
      404,
    );
  });
});
