import { describe, expect, it } from 'vitest';
import { stateWord } from '../../../../shared/audit/change-words';
import { commonMessages } from '../../../../shared/messages/common';
import { historyMessages } from '../../../../shared/messages/web/history';
import { agreementTransitions } from '../../../../shared/workflow/agreement-workflow';
import { partTransitions } from '../../../../shared/workflow/part-workflow';
import { quarterTransitions } from '../../../../shared/workflow/quarter-workflow';

describe('the history timeline', () => {
  it('names a state in the words of what it labels: a submitted part is not an agreement awaiting signature', () => {
    const id = commonMessages.id;
    expect(stateWord('part', 'submitted', id)).toBe('Dikirim');
    expect(stateWord('agreement', 'submitted', id)).toBe('Menunggu tanda tangan');
    expect(stateWord('quarter', 'signed_off', id)).toBe('Disahkan');
  });

  it('names every step of the part, quarter and agreement workflows in both languages, the Bappeda’s too', () => {
    const steps = [partTransitions, quarterTransitions, agreementTransitions].flatMap(Object.keys);
    for (const lang of ['id', 'en'] as const) {
      expect(steps.filter((step) => !historyMessages[lang].actions[step])).toEqual([]);
    }
    expect(historyMessages.id.actions.sendBack).toBe('Dikembalikan oleh Bappeda');
  });
});
