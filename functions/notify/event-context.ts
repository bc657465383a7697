import * as z from 'zod';
import { type TUser, ZIdSchema } from '../../shared/model/organisation.js';
import { agencyOf, type TOutboxEvent } from '../../shared/model/outbox.js';
import { ZQuarterSchema } from '../../shared/model/quarter.js';
import { config } from '../config.js';
import { getAgencyWithUnits, listMembers } from '../db/organisation.js';
import { readYear } from '../db/year.js';

/** What the workflow puts in an outbox event's payload. */
const ZWorkflowPayloadSchema = z.object({
  quarter: ZQuarterSchema.optional(),
  unitId: ZIdSchema.optional(),
  version: z.int().optional(),
  signOffCount: z.int().optional(),
  /** Who made the change, as the audit event records them. */
  actorName: z.string().default(''),
  /** Why, where the step needs a reason (a quarter reopened or sent back). */
  reason: z.string().default(''),
});

/** The committed state an event's emails are written from — never the request that caused it. */
export async function loadEventContext(event: TOutboxEvent) {
  const agencyId = agencyOf(event);
  const [found, members, year] = await Promise.all([
    getAgencyWithUnits(agencyId),
    listMembers(agencyId),
    readYear(agencyId, event.year),
  ]);
  if (!found) throw new Error(`agency ${agencyId} of outbox event ${event.id} not found`);
  const payload = ZWorkflowPayloadSchema.parse(event.payload);
  // An example agency's people are made up, and disabled users sign in no more: they are told nothing.
  const recipients = found.agency.example ? [] : members.filter((member) => !member.disabled);
  const withRole = (role: TUser['roles'][number]) =>
    recipients.filter((member) => member.roles.includes(role));
  const unitName = (unitId?: string) => found.units.find((unit) => unit.id === unitId)?.name ?? unitId ?? '';
  const base = (user: TUser) => ({
    locale: user.locale,
    agencyName: found.agency.name,
    recipientName: user.name,
  });
  return { ...found, recipients, year, payload, withRole, unitName, base };
}

/** An absolute link into the web app. */
export const appUrl = (path: string): string => new URL(path, config.APP_URL).toString();

/** The dedupe key of an event's email to one recipient. */
export const eventEmailKey = (event: TOutboxEvent, user: TUser): string => `event#${event.id}#${user.id}`;
