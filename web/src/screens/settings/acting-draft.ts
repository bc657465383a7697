import * as z from 'zod';
import { t } from '../../../../shared/i18n';
import { actingMessages } from '../../../../shared/messages/acting';
import { dateEntryMessages } from '../../../../shared/messages/web/date-entry';
import { type TActingOrder, ZActingOrderSchema } from '../../../../shared/model/acting';
import { actingOrderIssues, type TOrderContext } from '../../../../shared/model/acting-rules';
import { parseDayText } from '../../form/date-input';

/** The appointment form as typed: choices and text, the days as dd/mm/yyyy. */
export const ZActingDraftSchema = z.object({
  kind: z.enum(['plh', 'plt']),
  duty: z.enum(['head', 'division_head']),
  unitId: z.string(),
  userId: z.string(),
  from: z.string(),
  until: z.string(),
  decree: z.string(),
  reason: z.string(),
});
export type TActingDraft = z.infer<typeof ZActingDraftSchema>;

/** What POST /agencies/{agencyId}/acting takes: the days read, a unit only for a division head's duty, blanks left out. */
const orderFromDraft = (draft: TActingDraft): z.input<typeof ZActingOrderSchema> => ({
  kind: draft.kind,
  duty: draft.duty,
  unitId: draft.duty === 'division_head' ? draft.unitId || undefined : undefined,
  userId: draft.userId,
  from: parseDayText(draft.from) ?? '',
  until: parseDayText(draft.until) ?? '',
  decree: draft.decree.trim() || undefined,
  reason: draft.reason.trim() || undefined,
});

/**
 * The form checked as the API checks it, before anything is sent: first what each field needs
 * (all at once), then the order's schema and the rules of the day (shared/model/acting-rules.ts)
 * against what the page knows. Problems name the form's own fields.
 */
export const actingFormSchema = (
  context: Omit<TOrderContext, 'person'> & { personOf: (userId: string) => TOrderContext['person'] },
) =>
  ZActingDraftSchema.superRefine((draft, ctx) => {
    const missing = (path: keyof TActingDraft, message: string) =>
      ctx.addIssue({ code: 'custom', path: [path], message });
    // Typed the Indonesian way (dd/mm/yyyy) whatever the browser.
    for (const day of ['from', 'until'] as const)
      if (parseDayText(draft[day]) === null) missing(day, t(dateEntryMessages).invalidDay);
    if (draft.duty === 'division_head' && !draft.unitId) missing('unitId', t(actingMessages).chooseUnit);
    if (!draft.userId) missing('userId', t(actingMessages).choosePerson);
  })
    .transform(orderFromDraft)
    .pipe(ZActingOrderSchema)
    .superRefine((order: TActingOrder, ctx) => {
      for (const issue of actingOrderIssues(order, { ...context, person: context.personOf(order.userId) }))
        ctx.addIssue({ code: 'custom', path: [issue.path], message: issue.message });
    });

const draftFields = ZActingDraftSchema.keyof().options;

/** The form field an API issue names, or null. */
export const fieldOfIssue = (path: string): keyof TActingDraft | null =>
  draftFields.find((field) => field === path.split('.')[0]) ?? null;
