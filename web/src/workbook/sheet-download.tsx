import { useMutation } from '@tanstack/react-query';
import { ErrorMessage } from '../components/error-message';

type TSheetDownloadProps = {
  /** The button's label: which workbook it gives ("Unduh lembar isian"). */
  label: string;
  /** Asks the API to write the workbook: a short-lived link to it. */
  link: () => Promise<{ url: string }>;
};

/**
 * A button that has the API write a workbook (the entry sheet, the whole quarter, the agreement
 * template) and lets the browser save it from the link; a failure is shown beneath it.
 */
export function SheetDownload({ label, link }: TSheetDownloadProps) {
  const download = useMutation({ mutationFn: link, onSuccess: ({ url }) => window.location.assign(url) });
  return (
    <>
      <p>
        <button
          type="button"
          className="secondary"
          disabled={download.isPending}
          onClick={() => download.mutate()}
        >
          {label}
        </button>
      </p>
      <ErrorMessage error={download.error} />
    </>
  );
}
