import { describe, expect, it } from 'vitest';
import { commonMessages } from '../../../../shared/messages/common';
import { stateWord } from './timeline';

describe('the history timeline', () => {
  it('names a state in the words of what it labels: a submitted part is not an agreement awaiting signature', () => {
    const id = commonMessages.id;
    expect(stateWord('part', 'submitted', id)).toBe('Dikirim');
    expect(stateWord('agreement', 'submitted', id)).toBe('Menunggu tanda tangan');
    expect(stateWord('quarter', 'signed_off', id)).toBe('Disahkan');
  });
});
