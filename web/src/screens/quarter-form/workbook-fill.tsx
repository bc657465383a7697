import { useQueryClient } from '@tanstack/react-query';
import { quarterSheetMessages } from '../../../../shared/messages/quarter-sheet';
import { api, ok } from '../../api/client';
import { useAgency } from '../../app/agency';
import { Card } from '../../components/card';
import { useMessages } from '../../i18n/i18n';
import type { TLoadedPartProps } from '../../part/loaded-part';
import { partChanged } from '../../part/part-changed';
import { SheetDownload } from '../../workbook/sheet-download';
import { WorkbookUpload } from '../../workbook/workbook-upload';

/**
 * The part's entry sheet to download, fill in Excel and upload again: the draft is filled as
 * typing would fill it (same checks; far-off figures asked again in the form), nothing submitted.
 */
export function WorkbookFill({ loaded, onFilled }: { loaded: TLoadedPartProps; onFilled: () => void }) {
  const m = useMessages(quarterSheetMessages);
  const { agency } = useAgency();
  const queryClient = useQueryClient();
  const { year, quarter, unitId } = loaded;
  const param = { agencyId: agency.id, year: String(year), quarter: String(quarter) };
  const quarterApi = api.agencies[':agencyId'].years[':year'].quarters[':quarter'];
  return (
    <Card title={m.fillTitle}>
      <p className="field-hint">{m.fillHint}</p>
      {/* Written as XLSX by the API with the draft's figures in. */}
      <SheetDownload
        label={m.downloadSheet}
        link={() => ok(quarterApi['entry-sheet'].$get({ param, query: { unitId } }))}
      />
      <WorkbookUpload
        action={m.fill}
        use={(upload) => ok(quarterApi.parts.$post({ param, json: { ...upload, unitId } }))}
        onDone={async ({ parts }) => {
          const [filled] = parts;
          if (filled) await partChanged(queryClient, { agencyId: agency.id, year, quarter, unitId }, filled);
          onFilled();
        }}
      />
    </Card>
  );
}
