import { describe, expect, it } from 'vitest';
import { agreementTransitions } from './agreement-workflow.js';
import { partStates, partTransitions } from './part-workflow.js';
import { isReadyForSignOff, quarterTransitions } from './quarter-workflow.js';
import { checkTransition } from './transitions.js';

describe('part workflow', () => {
  it('moves draft → submitted → verified, and returned parts can be resubmitted', () => {
    expect(checkTransition(partTransitions, 'draft', 'submit')).toEqual({ ok: true, to: 'submitted' });
    expect(checkTransition(partTransitions, 'submitted', 'verify')).toEqual({ ok: true, to: 'verified' });
    expect(checkTransition(partTransitions, 'submitted', 'return')).toEqual({ ok: true, to: 'returned' });
    expect(checkTransition(partTransitions, 'returned', 'submit')).toEqual({ ok: true, to: 'submitted' });
    expect(checkTransition(partTransitions, 'verified', 'headReturn')).toEqual({ ok: true, to: 'returned' });
  });

  it('names the allowed transitions when one is illegal', () => {
    expect(checkTransition(partTransitions, 'verified', 'withdraw')).toEqual({
      ok: false,
      allowed: ['headReturn'],
    });
    expect(checkTransition(partTransitions, 'draft', 'verify')).toEqual({ ok: false, allowed: ['submit'] });
  });

  it('lets every state be left somehow except through the quarter', () => {
    for (const state of partStates) {
      const out = Object.values(partTransitions).filter((t) => (t.from as readonly string[]).includes(state));
      expect(out.length).toBeGreaterThan(0);
    }
  });
});

describe('quarter workflow', () => {
  it('is ready for the head only when every part is verified', () => {
    expect(isReadyForSignOff(['verified', 'verified'])).toBe(true);
    expect(isReadyForSignOff(['verified', 'submitted'])).toBe(false);
    expect(isReadyForSignOff([])).toBe(false);
  });

  it('locks on sign-off and reopens only from signed off', () => {
    expect(checkTransition(quarterTransitions, 'open', 'signOff')).toEqual({ ok: true, to: 'signed_off' });
    expect(checkTransition(quarterTransitions, 'open', 'reopen')).toEqual({
      ok: false,
      allowed: ['signOff'],
    });
  });
});

describe('agreement workflow', () => {
  it('is signed only after submission', () => {
    expect(checkTransition(agreementTransitions, 'draft', 'sign')).toEqual({
      ok: false,
      allowed: ['submit'],
    });
    expect(checkTransition(agreementTransitions, 'submitted', 'sign')).toEqual({ ok: true, to: 'signed' });
  });
});
