import * as z from 'zod';
import {
  roles,
  type TRole,
  type TUser,
  ZRoleSchema,
  ZUserSchema,
} from '../../../../shared/model/organisation';

/** The roles a planner gives; system admins are set elsewhere (the API refuses it here). */
export const assignableRoles: readonly TRole[] = roles.filter((role) => role !== 'admin');

/** The user form as typed: every field a string or a choice, blanks allowed while typing. */
const ZUserDraftSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  rank: z.string(),
  nip: z.string(),
  roles: z.array(ZRoleSchema),
  unitId: z.string(),
  locale: z.enum(['id', 'en']),
  remindersOff: z.boolean(),
});
export type TUserDraft = z.infer<typeof ZUserDraftSchema>;

export const emptyUserDraft = (): TUserDraft => ({
  id: '',
  email: '',
  name: '',
  rank: '',
  nip: '',
  roles: [],
  unitId: '',
  locale: 'id',
  remindersOff: false,
});

/** The form filled from a stored user. */
export const draftFromUser = (user: TUser): TUserDraft => ({
  id: user.id,
  email: user.email,
  name: user.name,
  rank: user.rank ?? '',
  nip: user.nip ?? '',
  roles: [...user.roles],
  unitId: user.unitId ?? '',
  locale: user.locale,
  remindersOff: user.remindersOff,
});

/** A user as the planner enters one: the shared schema, the agency and region left to the API. */
const ZUserEntrySchema = ZUserSchema.omit({ agencyId: true, regionId: true });

/**
 * What PUT /agencies/{agencyId}/users/{id} takes: blank optional fields left out, a unit only
 * for a division head (the API drops it for other roles anyway).
 */
export function userEntryFromDraft(draft: TUserDraft): z.input<typeof ZUserEntrySchema> {
  const trimmed = (text: string) => text.trim() || undefined;
  return {
    id: draft.id.trim(),
    email: draft.email.trim(),
    name: draft.name.trim(),
    rank: trimmed(draft.rank),
    nip: trimmed(draft.nip),
    roles: assignableRoles.filter((role) => draft.roles.includes(role)),
    unitId: draft.roles.includes('division_head') ? trimmed(draft.unitId) : undefined,
    locale: draft.locale,
    remindersOff: draft.remindersOff,
  };
}

/**
 * The form checked as the API checks it, before anything is sent: the entry it makes, by the
 * shared user schema. Its problems name the form's own fields (the entry keeps their names).
 */
export const ZUserFormSchema = ZUserDraftSchema.transform(userEntryFromDraft).pipe(ZUserEntrySchema);
export type TUserEntry = z.output<typeof ZUserFormSchema>;

/** A new user's id suggested from the e-mail's local part ("Siti.Rahmah@…" → "siti-rahmah"), unused. */
export function suggestUserId(email: string, taken: ReadonlySet<string>): string {
  const base =
    (email.split('@')[0] ?? '')
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 56) || 'pengguna';
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

const userFields = [
  'id',
  'email',
  'name',
  'rank',
  'nip',
  'roles',
  'unitId',
  'locale',
  'remindersOff',
] as const;
export type TUserField = (typeof userFields)[number];

/** The form field an API issue names (the path's `userId` is the id, the body's fields their names), or null. */
export function fieldOfIssue(path: string): TUserField | null {
  const head = path.split('.')[0];
  const field = head === 'userId' ? 'id' : head;
  return userFields.find((name) => name === field) ?? null;
}
