import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { isAllowed } from '../../../../shared/access/policy';
import { onboardingMessages } from '../../../../shared/messages/region';
import { type TRenameUnit, ZRenameUnitSchema } from '../../../../shared/model/onboarding';
import type { TUnit } from '../../../../shared/model/organisation';
import { zodLocaleError } from '../../../../shared/zod-locale';
import { api, ok } from '../../api/client';
import { agencyKey } from '../../api/queries';
import { useAgency, usePaths } from '../../app/agency';
import { Link } from '../../app/router';
import { currentPeriod } from '../../app/selection';
import { useUser } from '../../app/session';
import { Card } from '../../components/card';
import { DataTable } from '../../components/data-table';
import { Field } from '../../components/field';
import { FormActions } from '../../components/form-actions';
import { fieldProps, placeIssues } from '../../form/form-issues';
import { useMessages } from '../../i18n/i18n';
import { RestructureForm } from './restructure-form';

/**
 * The agency's units with their history (the years each reports in, its former names); the
 * region admin renames one from a year on. Earlier years keep the names they were signed with.
 */
export function UnitsSection() {
  const m = useMessages(onboardingMessages);
  const { agency, units } = useAgency();
  const paths = usePaths();
  const restructures = isAllowed(useUser(), 'agencies.manage', {
    regionId: agency.regionId,
    agencyId: agency.id,
  });
  const [renaming, setRenaming] = useState<TUnit | null>(null);
  const [restructuring, setRestructuring] = useState(false);
  const years = (unit: TUnit) =>
    unit.fromYear || unit.untilYear
      ? m.activeYears(String(unit.fromYear ?? ''), String(unit.untilYear ?? ''))
      : '';
  return (
    <Card
      title={m.unitsCard}
      actions={
        restructures &&
        !restructuring && (
          <button type="button" className="secondary small" onClick={() => setRestructuring(true)}>
            {m.restructure}
          </button>
        )
      }
    >
      <p className="muted small">{m.unitsHint}</p>
      {restructuring && <RestructureForm onDone={() => setRestructuring(false)} />}
      <DataTable
        rows={units}
        rowKey={(unit) => unit.id}
        rowProps={(unit) => ({ 'data-unit-id': unit.id })}
        columns={[
          { header: m.unitName, rowHeader: true, cell: (unit) => unit.name },
          { header: m.unitId, cell: (unit) => unit.id },
          { header: m.unitKind, cell: (unit) => m.kinds[unit.kind] },
          {
            header: m.fromYear,
            cell: (unit) =>
              [years(unit), ...(unit.formerNames ?? []).map((f) => m.formerly(f.name, f.untilYear))]
                .filter(Boolean)
                .join('; '),
          },
          restructures && {
            header: m.rename,
            hiddenHeader: true,
            cell: (unit) => (
              <button
                type="button"
                className="secondary small"
                aria-label={m.renameTitle(unit.name)}
                onClick={() => setRenaming(unit)}
              >
                {m.rename}
              </button>
            ),
          },
        ]}
      />
      {renaming && <RenameForm key={renaming.id} unit={renaming} onDone={() => setRenaming(null)} />}
      <p>
        {/* Who was added, changed, moved in or out, and how the units changed: the agency's own record. */}
        <Link
          className="action-link"
          to={paths.history(currentPeriod(agency.timeZone).year, { kind: 'settings' })}
        >
          {m.historyLink}
        </Link>
      </p>
    </Card>
  );
}

function RenameForm({ unit, onDone }: { unit: TUnit; onDone: () => void }) {
  const m = useMessages(onboardingMessages);
  const { agency } = useAgency();
  const id = useId();
  const form = useForm<z.input<typeof ZRenameUnitSchema>, unknown, TRenameUnit>({
    defaultValues: { name: unit.name, fromYear: currentPeriod(agency.timeZone).year + 1 },
    resolver: zodResolver(ZRenameUnitSchema, { error: zodLocaleError }),
  });
  const queryClient = useQueryClient();
  const rename = useMutation({
    mutationFn: (json: TRenameUnit) =>
      ok(
        api.agencies[':agencyId'].units[':unitId'].rename.$post({
          param: { agencyId: agency.id, unitId: unit.id },
          json,
        }),
      ),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: agencyKey(agency.id) });
      onDone();
    },
    onError: (error) => placeIssues(form.setError, error.issues, (path) => path),
  });
  const field = fieldProps<'name' | 'fromYear' | 'reason'>(id, form.formState.errors);
  return (
    <form
      onSubmit={form.handleSubmit((entry) => rename.mutate(entry))}
      noValidate
      aria-labelledby={`${id}-title`}
    >
      <h3 id={`${id}-title`}>{m.renameTitle(unit.name)}</h3>
      <div className="grid-2">
        <Field {...field('name')} label={m.newName} {...form.register('name')} />
        <Field
          {...field('fromYear')}
          label={m.fromYear}
          inputMode="numeric"
          {...form.register('fromYear', { valueAsNumber: true })}
        />
        <Field
          {...field('reason')}
          label={m.reason}
          {...form.register('reason', { setValueAs: (v) => v || undefined })}
        />
      </div>
      <FormActions mutation={rename} save={m.saveRename} cancel={m.cancel} onCancel={onDone} />
    </form>
  );
}
