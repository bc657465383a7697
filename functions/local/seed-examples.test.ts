import { describe, expect, it } from 'vitest';
import { checkAgreement } from '../../shared/model/agreement-rules.js';
import { checkQuarterPart } from '../../shared/model/part-rules.js';
import { exampleAgencies } from '../../shared/seed/example-agencies.js';
import { agencyEntity, partEntity, quarterEntity } from '../db/entities.js';
import { exampleItems } from './seed-examples.js';

// Early December: the first three quarters are reported, the fourth is open.
const now = new Date('2026-12-02T09:00:00+08:00');
const items = exampleItems(2026, now);
const parts = items.filter(partEntity.is).map(partEntity.parse);
const quarters = items.filter(quarterEntity.is).map(quarterEntity.parse);
const ofAgency = (agencyId: string, quarter: number) => ({
  quarter: quarters.find((q) => q.agencyId === agencyId && q.quarter === quarter),
  parts: parts.filter((p) => p.content.agencyId === agencyId && p.content.quarter === quarter),
});

describe('the example agencies', () => {
  it('are marked as example data, in the demo region, with people who get no e-mails', () => {
    const agencies = items.filter(agencyEntity.is).map(agencyEntity.parse);
    expect(agencies).toHaveLength(exampleAgencies.length);
    for (const agency of agencies) {
      expect(agency).toMatchObject({ regionId: 'kab-hss', example: true });
      expect(agency.name).toContain('(contoh)');
    }
    for (const { users } of exampleAgencies) {
      expect(users.every((user) => user.remindersOff && user.email.endsWith('.example'))).toBe(true);
      expect(users.map((user) => user.roles[0])).toEqual(
        expect.arrayContaining(['head', 'planner', 'verifier']),
      );
    }
  });

  it('have agreements and parts the rules accept', () => {
    for (const example of exampleAgencies) {
      const agreement = example.agreement(2026);
      expect(checkAgreement(agreement, example.units), example.agency.id).toEqual([]);
      for (const part of parts.filter((p) => p.content.agencyId === example.agency.id))
        expect(
          checkQuarterPart(agreement, part.content),
          `${example.agency.id} TW${part.content.quarter}`,
        ).toEqual([]);
    }
  });

  it('each tell their story in the latest reported quarter: on time, late, returned, at risk', () => {
    for (const example of exampleAgencies) {
      for (const earlier of [1, 2])
        expect(ofAgency(example.agency.id, earlier).quarter?.state).toBe('signed_off');
      expect(ofAgency(example.agency.id, 4).parts.every((part) => part.state === 'draft')).toBe(true);
    }
    const q3 = (key: string) => ofAgency(`contoh-${key}`, 3);
    expect(q3('dinkes').quarter?.state).toBe('signed_off');
    expect(q3('dinkes').parts.every((part) => part.state === 'verified' && !part.late)).toBe(true);
    expect(q3('disdik').quarter?.state).toBe('open');
    expect(q3('disdik').parts.every((part) => part.state === 'verified' && part.late)).toBe(true);
    expect(
      q3('dpupr')
        .parts.map((part) => part.state)
        .sort(),
    ).toEqual(['returned', 'submitted', 'verified']);
    expect(q3('dpupr').parts.find((part) => part.state === 'returned')?.review?.comment).toContain(
      'data dukung',
    );
    expect(
      q3('distan').parts.every((part) => part.state === 'draft' && part.content.realisations.length > 0),
    ).toBe(true);
  });

  it('leave every quarter open where none is reported yet', () => {
    const january = exampleItems(2027, new Date('2027-01-05T09:00:00+08:00'));
    const open = january.filter(quarterEntity.is).map(quarterEntity.parse);
    expect(open.every((quarter) => quarter.state === 'open')).toBe(true);
  });
});
