import type { z } from 'zod';
import { ZAgreementVersionSchema } from './agreement.js';

/** What a planner edits: the agreement without its identity (agency, year, version, kind). */
export const ZAgreementContentSchema = ZAgreementVersionSchema.pick({
  objectives: true,
  programs: true,
  activities: true,
});
export type TAgreementContent = z.infer<typeof ZAgreementContentSchema>;
