import { describe, expect, it } from 'vitest';
import { agreement2019Perubahan } from '../seed/hss-2019.js';
import { seedUnits } from '../seed/organisation.js';
import { workbookOfModels } from '../workbook/sheet-model-cells.fixture.js';
import { agreementTemplate } from './agreement-template.js';
import { readAgreementTemplate } from './read-template.js';

const units = Object.values(seedUnits);
const content = {
  objectives: agreement2019Perubahan.objectives,
  programs: agreement2019Perubahan.programs,
  activities: agreement2019Perubahan.activities,
};
const noNewIds = () => expect.fail('every indicator of the template has its id');

describe('the agreement template', () => {
  it('reads back the seed agreement it was made from, field for field', () => {
    const read = readAgreementTemplate(
      workbookOfModels('PK.xlsx', agreementTemplate(content, units)),
      units,
      noNewIds,
    );
    expect(read.problems).toEqual([]);
    expect(read.content).toEqual(content);
  });
});
