import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { quarterEntryMessages } from '../../../../shared/messages/web/quarter-entry';
import { quarterFormMessages } from '../../../../shared/messages/web/quarter-form';
import { queries } from '../../api/queries';
import { useAgency } from '../../app/agency';
import { Card } from '../../components/card';
import { ErrorMessage } from '../../components/error-message';
import { IssueSummary } from '../../components/issue-summary';
import { EvidenceSection } from '../../evidence/evidence-section';
import { useMessages } from '../../i18n/i18n';
import type { TLoadedPartProps } from '../../part/loaded-part';
import { PartTitle } from '../../part/part-title';
import { BudgetSection } from './budget-section';
import { IndicatorTable } from './indicator-table';
import { linkIssue } from './link-issue';
import { NarrativeSection } from './narrative-section';
import { PartStateNotice } from './part-state-notice';
import { applyPaste, planPaste, type TPastePlan } from './paste-plan';
import { PastePreview } from './paste-preview';
import { SaveBar } from './save-bar';
import { TypingNotice } from './typing-notice';
import { usePartEditor } from './use-part-editor';
import { WorkbookFill } from './workbook-fill';

/** The division head's quarter form: indicators, budget, narratives; save, submit, withdraw. */
export function PartForm(props: TLoadedPartProps & { onFilled: () => void }) {
  const m = useMessages(quarterFormMessages);
  const entry = useMessages(quarterEntryMessages);
  const [paste, setPaste] = useState<TPastePlan | null>(null);
  // A file still going up holds the submission: submitted first, the part would refuse the file.
  const [uploading, setUploading] = useState(false);
  const editor = usePartEditor(props);
  const { agency } = useAgency();
  // The evidence card's own list (one query): records asked for whose file never arrived.
  const evidence = useQuery(queries.evidence(agency.id, props.year, props.quarter, props.unitId));
  const notArrived = evidence.data?.evidence.filter((item) => !item.arrived).length ?? 0;
  const { data, year, quarter, unitId } = props;
  const { draft, setDraft, editable, record } = editor;
  const errors = new Map<string, string[]>();
  for (const issue of editor.issues) {
    errors.set(issue.path, [...(errors.get(issue.path) ?? []), issue.message]);
  }
  const linked = editor.issues.map((issue) => linkIssue(issue, data.scope, m.groups));
  return (
    <div className="page part-form">
      <PartTitle title={m.title} year={year} quarter={quarter} unitId={unitId} state={record.state} />
      <PartStateNotice record={record} quarterState={data.quarter.state} notice={editor.notice} />
      <TypingNotice notice={editor.typingNotice} scope={data.scope} onTakeStored={editor.takeStored} />
      <IssueSummary
        title={m.issuesTitle(linked.length)}
        issues={editor.attempt > 0 ? linked : []}
        focusKey={editor.attempt}
      />
      {editor.actionError && <ErrorMessage error={editor.actionError} />}
      <form onSubmit={(event) => event.preventDefault()} noValidate>
        <Card title={m.indicatorsTitle}>
          {editable && (
            <p className="field-hint">
              {m.numbersHint} {entry.hint}
            </p>
          )}
          <IndicatorTable
            scope={data.scope}
            quarter={quarter}
            draft={draft}
            earlierParts={data.earlierParts}
            editable={editable}
            errors={errors}
            indicatorComments={record.review?.indicatorComments ?? {}}
            onChange={(id, change) =>
              setDraft((d) => {
                const current = d.indicators[id];
                return current
                  ? { ...d, indicators: { ...d.indicators, [id]: { ...current, ...change } } }
                  : d;
              })
            }
            onPasteBlock={(id, text) => setPaste(planPaste(data.scope, draft, id, text))}
          />
          {paste && (
            <PastePreview
              plan={paste}
              onApply={() => {
                setDraft((d) => applyPaste(d, paste));
                setPaste(null);
              }}
              onCancel={() => setPaste(null)}
            />
          )}
        </Card>
        {editable && <WorkbookFill loaded={props} onFilled={props.onFilled} />}
        {data.scope.activities.length > 0 && (
          <Card title={m.budgetTitle}>
            <BudgetSection
              scope={data.scope}
              draft={draft}
              earlierParts={data.earlierParts}
              editable={editable}
              errors={errors}
              onChange={(code, text) => setDraft((d) => ({ ...d, budget: { ...d.budget, [code]: text } }))}
            />
          </Card>
        )}
        {data.scope.programs.length > 0 && (
          <Card title={m.narrativesTitle}>
            <NarrativeSection
              scope={data.scope}
              draft={draft}
              editable={editable}
              onChange={(code, field, text) =>
                setDraft((d) => {
                  const current = d.narratives[code];
                  return current
                    ? { ...d, narratives: { ...d.narratives, [code]: { ...current, [field]: text } } }
                    : d;
                })
              }
            />
          </Card>
        )}
      </form>
      {/* Outside the draft's form: files go straight to storage, and removing one asks why in a form of its own. */}
      <EvidenceSection
        year={year}
        quarter={quarter}
        unitId={unitId}
        scope={data.scope}
        editable={editable}
        onUploading={setUploading}
        held={editor.stepping}
      />
      <SaveBar editor={editor} issueCount={linked.length} uploading={uploading} notArrived={notArrived} />
    </div>
  );
}
