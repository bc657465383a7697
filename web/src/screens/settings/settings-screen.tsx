import { type UseMutationResult, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { isAllowed } from '../../../../shared/access/policy';
import type { TAgencySettings, TStoredSettings } from '../../../../shared/model/settings';
import type { ApiError } from '../../api/api-error';
import { api, ok } from '../../api/client';
import { agencyKey, queries } from '../../api/queries';
import { useAgency } from '../../app/agency';
import { currentPeriod, periodFrom } from '../../app/selection';
import { useUser } from '../../app/session';
import { ErrorMessage } from '../../components/error-message';
import { Loaded } from '../../components/loaded';
import { NumberField } from '../../components/number-field';
import { PageTitle } from '../../components/page-title';
import type { TScreenProps } from '../../components/screen-props';
import { useMessages } from '../../i18n/i18n';
import { DueDates } from './due-dates';
import { settingsMessages } from './settings-messages';
import { UsersSection } from './users-section';

/** Due dates, status bands, reminder days and explanation thresholds; the planner edits them. */
export default function SettingsScreen({ params }: TScreenProps) {
  const m = useMessages(settingsMessages);
  const user = useUser();
  const { agency } = useAgency();
  const { year } = periodFrom(
    new URLSearchParams({ year: params.year ?? '' }),
    currentPeriod(agency.timeZone),
  );
  const editable = user.roles.includes('planner');
  const queryClient = useQueryClient();
  const settings = useQuery(queries.settings(agency.id));
  // The bands and thresholds colour and check every screen of the agency: all of it is read again.
  const save = useMutation({
    mutationFn: (json: { revision: number; settings: TAgencySettings }) =>
      ok(api.agencies[':agencyId'].settings.$put({ param: { agencyId: agency.id }, json })),
    onSuccess: (next) => {
      queryClient.setQueryData(queries.settings(agency.id).queryKey, next);
      void queryClient.invalidateQueries({ queryKey: agencyKey(agency.id) });
    },
  });
  return (
    <div className="page">
      <PageTitle title={m.title} />
      {!editable && <p className="alert info">{m.readOnly}</p>}
      <section className="card" aria-labelledby="due-title">
        <h2 id="due-title">{m.dueTitle(year)}</h2>
        <DueDates year={year} editable={editable} />
      </section>
      <Loaded query={settings}>
        {(stored) => <SettingsForm key={stored.revision} stored={stored} editable={editable} save={save} />}
      </Loaded>
      <UsersSection
        editable={isAllowed(user, 'users.manage', { regionId: agency.regionId, agencyId: agency.id })}
      />
    </div>
  );
}

type TSettingsFormProps = {
  stored: TStoredSettings;
  editable: boolean;
  save: UseMutationResult<TStoredSettings, ApiError, { revision: number; settings: TAgencySettings }>;
};

function SettingsForm(props: TSettingsFormProps) {
  const m = useMessages(settingsMessages);
  const [draft, setDraft] = useState<TAgencySettings>(() => props.stored);
  const [offsets, setOffsets] = useState(props.stored.reminders.offsetDays.join(', '));
  const { error, isSuccess: saved } = props.save;
  const disabled = !props.editable;
  const problems = (prefix: string) =>
    (error?.issues ?? [])
      .filter((i) => i.path.startsWith(prefix))
      .map((i) => i.message)
      .join('; ');
  const save = () => {
    const offsetDays = offsets
      .split(/[,\s]+/)
      .filter(Boolean)
      .map(Number);
    props.save.mutate({
      revision: props.stored.revision,
      settings: { ...draft, reminders: { ...draft.reminders, offsetDays } },
    });
  };
  const setBand = (i: number, change: Partial<TAgencySettings['statusBands'][number]>) =>
    setDraft((d) => ({
      ...d,
      statusBands: d.statusBands.map((b, j) => (i === j ? { ...b, ...change } : b)),
    }));
  return (
    <form onSubmit={(e) => e.preventDefault()}>
      <section className="card" aria-labelledby="bands-title">
        <h2 id="bands-title">{m.bandsTitle}</h2>
        <div className="table-scroll">
          <table className="data-table stack-on-phone">
            <thead>
              <tr>
                <th scope="col">{m.bandColor}</th>
                <th scope="col">{m.bandLabel}</th>
                <th scope="col">{m.bandLabelEn}</th>
                <th scope="col">{m.bandMin}</th>
              </tr>
            </thead>
            <tbody>
              {draft.statusBands.map((band, i) => (
                <tr key={band.id}>
                  <td data-label={m.bandColor}>
                    <input
                      type="color"
                      aria-label={`${m.bandColor} ${band.label}`}
                      value={band.color}
                      disabled={disabled}
                      onChange={(e) => setBand(i, { color: e.target.value })}
                    />
                  </td>
                  <td data-label={m.bandLabel}>
                    <input
                      aria-label={`${m.bandLabel} ${i + 1}`}
                      value={band.label}
                      disabled={disabled}
                      onChange={(e) => setBand(i, { label: e.target.value })}
                    />
                  </td>
                  <td data-label={m.bandLabelEn}>
                    <input
                      aria-label={`${m.bandLabelEn} ${i + 1}`}
                      value={band.labelEn}
                      disabled={disabled}
                      onChange={(e) => setBand(i, { labelEn: e.target.value })}
                    />
                  </td>
                  <td data-label={m.bandMin}>
                    {band.min === undefined ? (
                      <span className="muted">{m.lastBand}</span>
                    ) : (
                      <NumberField
                        aria-label={`${m.bandMin} ${band.label}`}
                        className="number"
                        value={band.min}
                        disabled={disabled}
                        onValue={(v) => setBand(i, { min: v })}
                      />
                    )}
                    <span className="field-error">{problems(`settings.statusBands.${i}`)}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <section className="card grid-2" aria-labelledby="reminders-title">
        <div>
          <h2 id="reminders-title">{m.remindersTitle}</h2>
          <div className="field">
            <label htmlFor="offsets">{m.offsets}</label>
            <input
              id="offsets"
              value={offsets}
              disabled={disabled}
              onChange={(e) => setOffsets(e.target.value)}
            />
            <span className="field-error">{problems('settings.reminders.offsetDays')}</span>
          </div>
          <div className="field">
            <label htmlFor="overdue-every">{m.overdueEvery}</label>
            <NumberField
              id="overdue-every"
              className="number"
              value={draft.reminders.overdueEveryDays}
              disabled={disabled}
              onValue={(v) => setDraft((d) => ({ ...d, reminders: { ...d.reminders, overdueEveryDays: v } }))}
            />
          </div>
          <div className="field">
            <label htmlFor="sweep-hour">{m.sweepHour}</label>
            <NumberField
              id="sweep-hour"
              className="number"
              value={draft.reminders.sweepHour}
              disabled={disabled}
              onValue={(v) => setDraft((d) => ({ ...d, reminders: { ...d.reminders, sweepHour: v } }))}
            />
          </div>
        </div>
        <div>
          <h2>{m.thresholdsTitle}</h2>
          <div className="field">
            <label htmlFor="below">{m.below}</label>
            <NumberField
              id="below"
              className="number"
              value={draft.explanationThresholds.below}
              disabled={disabled}
              onValue={(v) =>
                setDraft((d) => ({ ...d, explanationThresholds: { ...d.explanationThresholds, below: v } }))
              }
            />
          </div>
          <div className="field">
            <label htmlFor="above">{m.above}</label>
            <NumberField
              id="above"
              className="number"
              value={draft.explanationThresholds.above}
              disabled={disabled}
              onValue={(v) =>
                setDraft((d) => ({ ...d, explanationThresholds: { ...d.explanationThresholds, above: v } }))
              }
            />
            <span className="field-error">{problems('settings.explanationThresholds')}</span>
          </div>
        </div>
      </section>
      <ErrorMessage error={error} />
      {saved && (
        <p className="alert success" role="status">
          {m.saved}
        </p>
      )}
      {props.editable && (
        <button type="button" onClick={save}>
          {m.save}
        </button>
      )}
    </form>
  );
}
