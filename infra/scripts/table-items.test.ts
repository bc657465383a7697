import { describe, expect, it } from 'vitest';
import type { TRawItem } from '../../functions/db/table-scan.js';
import { itemLine, parseItemLine } from './table-items.js';

describe('a line of a table export', () => {
  it('is DynamoDB’s own export format, and reads back every kind of attribute unchanged', () => {
    const item: TRawItem = {
      pk: { S: 'AGENCY#dinsos-hss' },
      revision: { N: '3' },
      signed: { BOOL: true },
      note: { NULL: true },
      roles: { SS: ['planner', 'verifier'] },
      quarters: { NS: ['1', '2'] },
      scan: { B: new Uint8Array([0, 1, 254, 255]) },
      scans: { BS: [new Uint8Array([7])] },
      content: { M: { targets: { L: [{ N: '95.14' }, { M: { unit: { S: 'Orang' } } }] } } },
    };
    const line = itemLine(item);
    expect(line.startsWith('{"Item":{"pk":{"S":"AGENCY#dinsos-hss"}')).toBe(true);
    expect(line).toContain('"scan":{"B":"AAH+/w=="}');
    expect(line).not.toContain('\n');
    expect(parseItemLine(line)).toEqual(item);
  });

  it('refuses what is not an item', () => {
    for (const line of [
      '{"pk":{"S":"x"}}',
      '{"Item":{"pk":{"X":"x"}}}',
      '{"Item":{"pk":{"S":1}}}',
      'nonsense',
    ]) {
      expect(() => parseItemLine(line)).toThrow();
    }
  });
});
