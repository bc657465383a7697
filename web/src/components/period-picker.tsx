import { useId } from 'react';
import { commonMessages } from '../../../shared/messages/common';
import { useMessages } from '../i18n/i18n';
import { QuarterOptions } from './quarter-options';

type TPeriodPickerProps = {
  years: number[];
  year: number;
  quarter?: number;
  onChange: (period: { year: number; quarter: number }) => void;
};

/** Year and quarter selectors; the quarter one is left out where a screen covers a whole year. */
export function PeriodPicker(props: TPeriodPickerProps) {
  const m = useMessages(commonMessages);
  const id = useId();
  const quarter = props.quarter ?? 1;
  return (
    <div className="period-picker">
      <label htmlFor={`${id}-year`}>{m.year}</label>
      <select
        id={`${id}-year`}
        value={props.year}
        onChange={(e) => props.onChange({ year: Number(e.target.value), quarter })}
      >
        {props.years.map((year) => (
          <option key={year} value={year}>
            {year}
          </option>
        ))}
      </select>
      {props.quarter !== undefined && (
        <>
          <label htmlFor={`${id}-quarter`}>{m.quarter}</label>
          <select
            id={`${id}-quarter`}
            value={quarter}
            onChange={(e) => props.onChange({ year: props.year, quarter: Number(e.target.value) })}
          >
            <QuarterOptions />
          </select>
        </>
      )}
    </div>
  );
}
