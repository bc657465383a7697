import { useId, useState } from 'react';
import {
  type TColumnMapping,
  type TMappingColumn,
  unplacedColumns,
} from '../../../../shared/agreement-workbook/column-mapping';
import { unitColumns } from '../../../../shared/agreement-workbook/template-columns';
import { importMessages } from '../../../../shared/messages/agreement-import';
import { agreementImportMessages } from '../../../../shared/messages/web/agreement-import';
import { unitsOfYear } from '../../../../shared/model/unit-history';
import type { api, TSuccessBody } from '../../api/client';
import { useAgency } from '../../app/agency';
import { useMessages } from '../../i18n/i18n';

type TMappingCall = (typeof api.agencies)[':agencyId']['years'][':year']['agreement']['import']['mapping'];
/** What the API proposes: the mapping, who confirmed it for the layout before, each level's columns. */
export type TMappingProposal = TSuccessBody<Awaited<ReturnType<TMappingCall['$post']>>>;

type TImportMappingProps = {
  proposal: TMappingProposal;
  year: number;
  pending: boolean;
  onConfirm: (mapping: TColumnMapping) => void;
};

const optionText = ({ column, header, sample }: TMappingColumn) =>
  [column, header, sample].filter(Boolean).join(' · ');

/**
 * The mapping step of a workbook made by hand: per level, a select per role offering each column
 * of the sheet by its letters, header and first value, the proposal (or the agency's remembered
 * choice) preselected; a sheet with no column for its unit takes one unit chosen for all its rows.
 * The server checks what is confirmed.
 */
export function ImportMapping({ proposal, year, pending, onConfirm }: TImportMappingProps) {
  const m = useMessages(agreementImportMessages).mapping;
  const names = useMessages(importMessages);
  const { fmt, units } = useAgency();
  const id = useId();
  const [mapping, setMapping] = useState(proposal.mapping);
  return (
    <form
      className="import-mapping"
      onSubmit={(e) => {
        e.preventDefault();
        onConfirm(mapping);
      }}
    >
      <h3>{m.title}</h3>
      <p>{m.intro}</p>
      {proposal.remembered && (
        <p className="alert" role="status">
          {m.remembered(proposal.remembered.by, fmt.dateTime(proposal.remembered.at))}
        </p>
      )}
      {proposal.levels.map(({ level, roles, columns }) => {
        const { sheet, headerRow } = mapping[level];
        // From the choices on screen: a column chosen for a role is no longer left over.
        const unplaced = unplacedColumns(columns, mapping[level]);
        const choose = (role: string, column: string) =>
          setMapping((was) => ({
            ...was,
            [level]: { ...was[level], columns: { ...was[level].columns, [role]: column || undefined } },
          }));
        return (
          <fieldset key={level}>
            <legend>
              {names.levels[level]}: {sheet ? m.sheet(sheet, headerRow) : m.noSheet}
            </legend>
            {roles.map(({ role, required }) => (
              <div className="field" key={role}>
                <label htmlFor={`${id}-${level}-${role}`}>
                  {names.roles[role]}
                  {required && <span className="field-hint"> ({m.required})</span>}
                </label>
                <select
                  id={`${id}-${level}-${role}`}
                  value={mapping[level].columns[role] ?? ''}
                  onChange={(e) => choose(role, e.target.value)}
                >
                  <option value="">{m.none}</option>
                  {columns.map((column) => (
                    <option key={column.column} value={column.column}>
                      {optionText(column)}
                    </option>
                  ))}
                </select>
              </div>
            ))}
            {!mapping[level].columns[unitColumns[level]] && (
              // Not "-unit": that is the Satuan role's select.
              <div className="field">
                <label htmlFor={`${id}-${level}-sheet-unit`}>
                  {m.sheetUnit}
                  <span className="field-hint"> ({m.required})</span>
                </label>
                <select
                  id={`${id}-${level}-sheet-unit`}
                  value={mapping[level].unitId ?? ''}
                  onChange={(e) =>
                    setMapping((was) => ({
                      ...was,
                      [level]: { ...was[level], unitId: e.target.value || undefined },
                    }))
                  }
                >
                  <option value="">{m.none}</option>
                  {unitsOfYear(units, year).map((unit) => (
                    <option key={unit.id} value={unit.id}>
                      {unit.name}
                    </option>
                  ))}
                </select>
              </div>
            )}
            {unplaced.length > 0 && (
              <p className="field-hint">{m.unplaced(unplaced.map(optionText).join('; '))}</p>
            )}
          </fieldset>
        );
      })}
      <button type="submit" disabled={pending}>
        {m.confirm}
      </button>
    </form>
  );
}
