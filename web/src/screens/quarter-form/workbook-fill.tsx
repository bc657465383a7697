import { useQueryClient } from '@tanstack/react-query';
import { quarterSheetMessages } from '../../../../shared/messages/quarter-sheet';
import { entrySheet } from '../../../../shared/quarter-sheet/entry-sheet';
import { api, ok } from '../../api/client';
import { useAgency } from '../../app/agency';
import { Card } from '../../components/card';
import { useLanguage, useMessages } from '../../i18n/i18n';
import type { TLoadedPartProps } from '../../part/loaded-part';
import { partChanged } from '../../part/part-changed';
import { downloadCsv } from '../../workbook/download-csv';
import { WorkbookUpload } from '../../workbook/workbook-upload';

/**
 * The part's entry sheet to download, fill in Excel and upload again: the draft is filled as
 * typing would fill it (same checks; far-off figures asked again in the form), nothing submitted.
 */
export function WorkbookFill({ loaded, onFilled }: { loaded: TLoadedPartProps; onFilled: () => void }) {
  const m = useMessages(quarterSheetMessages);
  const { lang } = useLanguage();
  const { agency, units } = useAgency();
  const queryClient = useQueryClient();
  const { data, year, quarter, unitId } = loaded;
  const unit = units.find((u) => u.id === unitId);
  const sheet = () =>
    entrySheet({
      agreement: data.agreement,
      units: unit ? [unit] : [],
      year,
      quarter,
      parts: [data.part.content],
      locale: lang,
    });
  return (
    <Card title={m.fillTitle}>
      <p className="field-hint">{m.fillHint}</p>
      <p>
        <button
          type="button"
          className="secondary"
          onClick={() =>
            downloadCsv(`${m.sheetName(quarter, year)} ${unit?.name ?? unitId}.csv`, sheet(), lang)
          }
        >
          {m.downloadSheet}
        </button>
      </p>
      <WorkbookUpload
        action={m.fill}
        use={(upload) =>
          ok(
            api.agencies[':agencyId'].years[':year'].quarters[':quarter'].parts.$post({
              param: { agencyId: agency.id, year: String(year), quarter: String(quarter) },
              json: { ...upload, unitId },
            }),
          )
        }
        onDone={async ({ parts }) => {
          const [filled] = parts;
          if (filled) await partChanged(queryClient, { agencyId: agency.id, year, quarter, unitId }, filled);
          onFilled();
        }}
      />
    </Card>
  );
}
