import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { FieldIssue } from '../../../../shared/app-error';
import type { TLocale } from '../../../../shared/i18n';
import type { TPartRecord } from '../../../../shared/model/records';
import { editablePartStates } from '../../../../shared/workflow/part-workflow';
import { type ApiError, toApiError } from '../../api/api-error';
import { api, ok } from '../../api/client';
import { queries } from '../../api/queries';
import { useAgency } from '../../app/agency';
import { useUser } from '../../app/session';
import { forgetTyping, keepTyping, readTyping } from '../../form/kept-typing';
import { typingKey } from '../../form/typing-key';
import { useLeaveWarning } from '../../form/use-leave-warning';
import { useLanguage } from '../../i18n/i18n';
import type { TLoadedPartProps } from '../../part/loaded-part';
import { partChanged } from '../../part/part-changed';
import { mergeDrafts, restoreDraft, type TDraftConflict } from './draft-merge';
import {
  convertDraft,
  draftFromContent,
  entryFromDraft,
  fieldPathOf,
  liveIssues,
  type TPartDraft,
  unreadableFields,
  ZPartDraftSchema,
} from './part-draft';

/** How long after the last keystroke the draft saves itself. */
const autosaveDelayMs = 2500;

export type TSaveStatus =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: string }
  | { kind: 'failed'; error: ApiError }
  | { kind: 'stale'; error: ApiError };

/** What became of typing not saved: put back after a reload or sign-in, merged, or kept for later. */
export type TTypingNotice =
  | { kind: 'restored' | 'changedElsewhere'; at: string; conflicts: TDraftConflict[] }
  | { kind: 'keptForLater' };

/**
 * The quarter form's state: the draft as typed, saves serialized on the latest revision
 * (autosave after a pause), live submission issues, submit and withdraw. The part itself is
 * the cached server state: every answer of a save or a step goes there (partChanged). Typing not
 * saved yet is kept in the browser (kept-typing.ts) and put back on top of the part as stored.
 */
export function usePartEditor({ data, year, quarter, unitId }: TLoadedPartProps) {
  const { agency, settings } = useAgency();
  const { lang } = useLanguage();
  const queryClient = useQueryClient();
  const record = data.part;
  const editable = data.quarter.state === 'open' && editablePartStates.includes(record.state);
  const keptKey = typingKey(useUser().id, `part/${agency.id}/${year}/${quarter}/${unitId}`);
  const [start] = useState(() => startingDraft(keptKey, data, lang, editable));
  const [draft, setDraft] = useState<TPartDraft>(start.draft);
  const [typingNotice, setTypingNotice] = useState<TTypingNotice | null>(start.notice);
  const [status, setStatus] = useState<TSaveStatus>({ kind: 'idle' });
  const [attempt, setAttempt] = useState(0);
  const [serverIssues, setServerIssues] = useState<FieldIssue[]>([]);

  useEffect(() => setDraft((current) => convertDraft(current, lang)), [lang]);

  const entry = useMemo(() => entryFromDraft(draft, data.scope), [draft, data.scope]);
  const entryJson = JSON.stringify(entry);
  const [savedJson, setSavedJson] = useState(() =>
    JSON.stringify(entryFromDraft(draftFromContent(data.part.content, data.scope, 'id'), data.scope)),
  );
  // Refs hold what the async save must see at the moment it runs, not when it was scheduled.
  const latest = useRef({ entry, json: entryJson });
  latest.current = { entry, json: entryJson };
  const saved = useRef(savedJson);
  const revision = useRef(data.part.revision);
  // The part as stored at that revision: what the typing started from.
  const base = useRef(data.part.content);
  const typing = useRef(draft);
  typing.current = draft;
  const inFlight = useRef<Promise<boolean> | null>(null);

  const partKey = queries.part(agency.id, year, quarter, unitId).queryKey;
  const param = useMemo(
    () => ({ agencyId: agency.id, year: String(year), quarter: String(quarter), unitId }),
    [agency.id, year, quarter, unitId],
  );
  // Text that is no number cannot be saved; it stays in the form, marked, and counts as unsaved.
  const unreadable = useMemo(() => unreadableFields(draft, data.scope), [draft, data.scope]);
  const unsaved = entryJson !== savedJson || unreadable.length > 0;
  const dirty = editable && unsaved;

  // Every keystroke not yet saved is kept in the browser; once saved it is forgotten. A part that
  // cannot take it now (under review, locked) leaves what was kept for when it can.
  useEffect(() => {
    if (!editable) return;
    if (!unsaved) return forgetTyping(keptKey);
    const typedOn = draftFromContent(base.current, data.scope, draft.lang);
    keepTyping(keptKey, {
      at: new Date().toISOString(),
      revision: revision.current,
      base: typedOn,
      typed: draft,
    });
  }, [draft, unsaved, editable, keptKey, data.scope]);

  // A save changes only this part; a step (submit, withdraw) moves the whole quarter's standing.
  const adopt = useCallback(
    (next: TPartRecord, refetch: boolean) => {
      revision.current = next.revision;
      base.current = next.content;
      return partChanged(queryClient, { agencyId: agency.id, year, quarter, unitId }, next, { refetch });
    },
    [queryClient, agency.id, year, quarter, unitId],
  );

  const save = useCallback(async (): Promise<boolean> => {
    while (inFlight.current) await inFlight.current;
    const { entry: sending, json } = latest.current;
    if (json === saved.current) return true;
    setStatus({ kind: 'saving' });
    const run = ok(
      api.agencies[':agencyId'].years[':year'].quarters[':quarter'].parts[':unitId'].$put({
        param,
        json: { revision: revision.current, entry: sending },
      }),
    ).then(
      (next) => {
        void adopt(next, false);
        saved.current = json;
        setSavedJson(json);
        setStatus({ kind: 'saved', at: next.updatedAt });
        return true;
      },
      (error: unknown) => {
        const apiError = toApiError(error);
        const changedElsewhere = apiError.status === 409 || apiError.status === 423;
        setStatus({ kind: changedElsewhere ? 'stale' : 'failed', error: apiError });
        // Read the part as it is now: the typing goes on top of it (below), or waits where it cannot.
        if (changedElsewhere) void queryClient.invalidateQueries({ queryKey: partKey });
        if (apiError.issues.length)
          setServerIssues(apiError.issues.map((i) => ({ ...i, path: fieldPathOf(i.path, sending) })));
        return false;
      },
    );
    inFlight.current = run;
    try {
      return await run;
    } finally {
      inFlight.current = null;
    }
  }, [param, adopt, queryClient, partKey]);

  // The part changed elsewhere (another tab, the planner's workbook, a step taken meanwhile), or
  // its quarter was locked while a save was on its way.
  const refused = !editable && status.kind === 'stale';
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a new revision or a refused save merges.
  useEffect(() => {
    if (record.revision === revision.current && !refused) return;
    const stored = draftFromContent(record.content, data.scope, lang);
    const merged = mergeDrafts(draftFromContent(base.current, data.scope, lang), typing.current, stored);
    const hadTyping =
      JSON.stringify(entryFromDraft(typing.current, data.scope)) !== saved.current ||
      unreadableFields(typing.current, data.scope).length > 0;
    revision.current = record.revision;
    base.current = record.content;
    saved.current = JSON.stringify(entryFromDraft(stored, data.scope));
    setSavedJson(saved.current);
    setStatus({ kind: 'idle' });
    setDraft(editable ? merged.draft : stored);
    setTypingNotice(
      editable
        ? { kind: 'changedElsewhere', at: record.updatedAt, conflicts: merged.conflicts }
        : hadTyping
          ? { kind: 'keptForLater' }
          : null,
    );
  }, [record, refused]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: each keystroke (a new entryJson) restarts the pause.
  useEffect(() => {
    if (!dirty || status.kind === 'stale') return;
    const timer = setTimeout(() => void save(), autosaveDelayMs);
    return () => clearTimeout(timer);
  }, [entryJson, dirty, status.kind, save]);

  // The autosave pause is short but not zero.
  useLeaveWarning(dirty);

  // biome-ignore lint/correctness/useExhaustiveDependencies: the rules' messages follow the language (shared/i18n reads it), so a switch recomputes them.
  const live = useMemo(
    () =>
      liveIssues({
        agreement: data.agreement,
        content: record.content,
        draft,
        scope: data.scope,
        earlierParts: data.earlierParts,
        thresholds: settings.explanationThresholds,
      }),
    [data, record.content, draft, settings, lang],
  );
  // Unreadable numbers show at once; the rest once the user has tried to submit.
  const issues = attempt > 0 ? mergeIssues(live, serverIssues) : mergeIssues(unreadable, serverIssues);

  const transition = useMutation({
    mutationFn: (name: 'submit' | 'withdraw') =>
      ok(
        api.agencies[':agencyId'].years[':year'].quarters[':quarter'].parts[':unitId'][':transition'].$post({
          param: { ...param, transition: name },
          json: { revision: revision.current },
        }),
      ),
    onSuccess: (next, name) => {
      setServerIssues([]);
      if (name === 'submit') setAttempt(0);
      void adopt(next, true);
    },
    onError: (error) => {
      // Moved on elsewhere meanwhile (submitted from another device): the form shows where it stands.
      if (error.status === 409 || error.status === 423)
        void queryClient.invalidateQueries({ queryKey: partKey });
      if (error.issues.length === 0) return;
      setServerIssues(error.issues);
      setAttempt((n) => n + 1);
    },
  });

  const submit = async () => {
    // A second tap while the first is on its way submits nothing more.
    if (transition.isPending) return;
    setAttempt((n) => n + 1);
    setServerIssues([]);
    if (live.length > 0) return;
    if (await save()) transition.mutate('submit');
  };

  return {
    record,
    draft,
    setDraft,
    status,
    dirty,
    /** Fields whose text is no number: kept as typed, never saved, never reported as saved. */
    unreadableCount: unreadable.length,
    editable,
    /** A step (submit, withdraw) on its way. */
    stepping: transition.isPending,
    typingNotice,
    /** A field changed on both sides takes the stored value after all. */
    takeStored: (conflict: TDraftConflict) => {
      setDraft(conflict.takeStored);
      setTypingNotice((notice) =>
        notice && notice.kind !== 'keptForLater'
          ? { ...notice, conflicts: notice.conflicts.filter((other) => other !== conflict) }
          : notice,
      );
    },
    issues,
    attempt,
    /** A step refused for a reason not at any field (the issues show at their fields). */
    actionError: transition.error?.issues.length ? null : transition.error,
    notice: transition.isSuccess ? noticeOf[transition.variables] : null,
    save,
    submit,
    withdraw: () => transition.mutate('withdraw'),
  };
}

const noticeOf = { submit: 'submitted', withdraw: 'withdrawn' } as const;

/** Live and server issues without repeating one that both report. */
function mergeIssues(a: FieldIssue[], b: FieldIssue[]): FieldIssue[] {
  const seen = new Set(a.map((issue) => `${issue.path}|${issue.message}`));
  return [...a, ...b.filter((issue) => !seen.has(`${issue.path}|${issue.message}`))];
}

/**
 * The form's first draft: the part as stored, with the typing this browser kept for it on top
 * (put back after a reload, a sign-in or a dropped tab); where the part cannot take it now, the
 * typing stays kept and the person is told.
 */
function startingDraft(
  key: string,
  data: TLoadedPartProps['data'],
  lang: TLocale,
  editable: boolean,
): { draft: TPartDraft; notice: TTypingNotice | null } {
  const stored = draftFromContent(data.part.content, data.scope, lang);
  const kept = readTyping(key, ZPartDraftSchema);
  if (!kept) return { draft: stored, notice: null };
  const { draft, conflicts } = restoreDraft(kept, stored);
  if (JSON.stringify(draft) === JSON.stringify(stored)) return { draft: stored, notice: null };
  if (!editable) return { draft: stored, notice: { kind: 'keptForLater' } };
  return { draft, notice: { kind: 'restored', at: kept.at, conflicts } };
}
