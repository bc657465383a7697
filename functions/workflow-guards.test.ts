import { afterEach, describe, expect, it } from 'vitest';
import { setLocaleSource } from '../shared/i18n.js';
import { partTransitions } from '../shared/workflow/part-workflow.js';
import { quarterTransitions } from '../shared/workflow/quarter-workflow.js';
import { assertTransition } from './workflow-guards.js';

afterEach(() => setLocaleSource(() => 'id'));

describe('a step its subject has moved past', () => {
  it('says where the subject stands, in the reader’s words (a second tap on Kirim)', () => {
    const again = () =>
      assertTransition(partTransitions, { state: 'submitted' }, 'submit', (m) => m.partStates);
    expect(again).toThrow('Langkah ini tidak dapat diambil: statusnya kini Dikirim');
    setLocaleSource(() => 'en');
    expect(again).toThrow('This step cannot be taken: it is now Submitted');
  });

  it('names the quarter’s standing with the quarter’s words', () => {
    expect(() =>
      assertTransition(quarterTransitions, { state: 'signed_off' }, 'signOff', (m) => m.quarterStates),
    ).toThrow('statusnya kini Disahkan');
  });
});
