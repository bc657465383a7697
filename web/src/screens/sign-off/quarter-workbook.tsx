import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { quarterSheetMessages } from '../../../../shared/messages/quarter-sheet';
import { quarterWorkbookMessages } from '../../../../shared/messages/web/quarter-workbook';
import { rupiahMeasure } from '../../../../shared/quarter-sheet/entry-sheet';
import type { TFilledFigure, TUnitFill } from '../../../../shared/quarter-sheet/part-fill';
import type { TSheetProblem } from '../../../../shared/quarter-sheet/read-entry-sheet';
import type { TWorkbookUpload } from '../../../../shared/workbook/upload-request';
import { api, ok } from '../../api/client';
import { yearKey } from '../../api/queries';
import { unitName, useAgency } from '../../app/agency';
import { Card } from '../../components/card';
import { DataTable } from '../../components/data-table';
import { DoneNotice } from '../../components/done-notice';
import { ErrorMessage } from '../../components/error-message';
import { StateBadge } from '../../components/state-badge';
import { useMessages } from '../../i18n/i18n';
import { SheetDownload } from '../../workbook/sheet-download';
import { WorkbookUpload } from '../../workbook/workbook-upload';

type TChecked = {
  upload: TWorkbookUpload;
  problems: TSheetProblem[];
  problemCount: number;
  units: TUnitFill[];
};

/**
 * The planner takes in a whole quarter for every unit from one workbook: the entry sheet of all
 * units to download, the filled one checked (its problems, and per unit what will be filled),
 * and only on confirming the drafts filled in the planner's name; nothing is submitted.
 */
export function QuarterWorkbook({ year, quarter }: { year: number; quarter: 1 | 2 | 3 | 4 }) {
  const m = useMessages(quarterWorkbookMessages);
  const sheet = useMessages(quarterSheetMessages);
  const { agency } = useAgency();
  const queryClient = useQueryClient();
  const param = { agencyId: agency.id, year: String(year), quarter: String(quarter) };
  const quarterApi = api.agencies[':agencyId'].years[':year'].quarters[':quarter'];
  const [checked, setChecked] = useState<TChecked | null>(null);
  // The revisions the check showed go back with the fill: a draft changed since is refused, not overwritten.
  const fill = useMutation({
    mutationFn: ({ upload, units }: TChecked) =>
      ok(
        quarterApi.parts.$post({
          param,
          json: { ...upload, revisions: Object.fromEntries(units.map((u) => [u.unitId, u.revision])) },
        }),
      ),
    onSuccess: () => {
      setChecked(null);
      void queryClient.invalidateQueries({ queryKey: yearKey(agency.id, year) });
    },
  });
  const ready = checked && checked.problemCount === 0 && checked.units.every((u) => u.editable);
  return (
    <Card title={m.title} className="quarter-workbook">
      <p className="field-hint">{m.hint}</p>
      <SheetDownload
        label={m.download}
        link={() => ok(quarterApi['entry-sheet'].$get({ param, query: {} }))}
      />
      <WorkbookUpload
        action={m.check}
        use={async (upload) => ({
          upload,
          ...(await ok(quarterApi.parts.check.$post({ param, json: upload }))),
        })}
        onDone={setChecked}
        // A second file's check, or its refusal, never stands beside the first file's units, its
        // button (which would fill from the first file) or its "filled" note.
        onStart={() => {
          fill.reset();
          setChecked(null);
        }}
      />
      {checked && (
        <>
          <div className={checked.problemCount > 0 ? 'alert warning' : 'alert'} role="status">
            <p>{checked.problemCount > 0 ? m.problems(checked.problemCount) : m.noProblems}</p>
            {checked.problems.length > 0 && (
              <ul className="workbook-problems">
                {checked.problems.map((p) => (
                  <li key={`${p.sheet}:${p.row}:${p.column}:${p.message}`}>
                    {sheet.place(p.sheet, p.row, p.column)}: {p.message}
                  </li>
                ))}
              </ul>
            )}
          </div>
          {checked.units.map((unit) => (
            <UnitFill key={unit.unitId} unit={unit} />
          ))}
          {ready && (
            <button type="button" disabled={fill.isPending} onClick={() => fill.mutate(checked)}>
              {m.confirm(checked.units.length)}
            </button>
          )}
        </>
      )}
      <ErrorMessage error={fill.error} />
      {fill.isSuccess && (
        <DoneNotice>
          <p>{m.filled(fill.data.parts.length)}</p>
        </DoneNotice>
      )}
    </Card>
  );
}

/** One unit's part as the sheet would fill it: folded to a line, each row before and after inside. */
function UnitFill({ unit }: { unit: TUnitFill }) {
  const m = useMessages(quarterWorkbookMessages);
  const { units, fmt } = useAgency();
  const figure = (f: TFilledFigure | null, measure: string) => {
    if (!f || (f.value === undefined && f.numerator === undefined)) return m.empty;
    if (f.numerator !== undefined) return `${fmt.number(f.numerator)} / ${fmt.number(f.denominator)}`;
    return measure === rupiahMeasure ? fmt.rupiah(f.value) : fmt.number(f.value);
  };
  const changed = unit.rows.filter((row) => row.changed).length;
  return (
    <details className="unit-fill" data-unit-id={unit.unitId}>
      <summary>
        <strong>{unitName(units, unit.unitId)}</strong> <StateBadge kind="part" state={unit.state} /> ·{' '}
        {unit.editable ? m.unitSummary(unit.rows.length, changed) : m.notEditable}
      </summary>
      <DataTable
        rows={unit.rows}
        rowKey={(row) => row.code}
        columns={[
          { header: m.code, cell: (row) => row.code },
          { header: m.name, rowHeader: true, cell: (row) => row.name },
          { header: m.before, num: true, cell: (row) => figure(row.before, row.measure) },
          {
            header: m.after,
            num: true,
            cellClass: (row) => (row.changed ? 'strong' : undefined),
            cell: (row) => figure(row.after, row.measure),
          },
        ]}
      />
    </details>
  );
}
