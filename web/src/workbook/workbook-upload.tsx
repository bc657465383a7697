import { useMutation } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { formatNumber } from '../../../shared/calc/format';
import { workbookUploadMessages } from '../../../shared/messages/web/workbook-upload';
import type { TWorkbookUpload } from '../../../shared/workbook/upload-request';
import { maxWorkbookBytes, maxWorkbookRows } from '../../../shared/workbook/workbook';
import { ApiError } from '../api/api-error';
import { api, ok } from '../api/client';
import { useAgency } from '../app/agency';
import { ErrorMessage } from '../components/error-message';
import { putWithProgress } from '../evidence/put-with-progress';
import { useLanguage, useMessages } from '../i18n/i18n';

type TWorkbookUploadProps<T> = {
  /** The button's label: what is done with the file ("Periksa", "Isi dari lembar kerja"). */
  action: string;
  /** The step that takes the uploaded file in; its answer goes to `onDone`. */
  use: (upload: TWorkbookUpload) => Promise<T>;
  onDone: (answer: T) => void;
  /** Called as a file is sent, before it is read or refused: the screen lets go of the last file's answer. */
  onStart?: () => void;
};

/**
 * Choose a workbook, upload it by presigned URL with progress, then hand it to the step that
 * reads it. Its type and size are checked here first, so nothing is sent the API would refuse.
 */
export function WorkbookUpload<T>({ action, use, onDone, onStart }: TWorkbookUploadProps<T>) {
  const m = useMessages(workbookUploadMessages);
  const { lang } = useLanguage();
  const { agency } = useAgency();
  const id = useId();
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const upload = useMutation({
    mutationFn: async (chosen: File) => {
      const limits = m.limits(
        maxWorkbookBytes / 1024 / 1024,
        formatNumber(maxWorkbookRows, { locale: lang }),
      );
      // The file input takes .xlsx and .csv; the API says so of any other name.
      if (chosen.size > maxWorkbookBytes) throw new ApiError(400, 'BAD_REQUEST', limits);
      setProgress(0);
      const requested = await ok(
        api.agencies[':agencyId'].workbooks.$post({
          param: { agencyId: agency.id },
          json: { fileName: chosen.name, size: chosen.size },
        }),
      );
      await putWithProgress(requested.uploadUrl, requested.uploadHeaders, chosen, setProgress).catch(
        (caught: unknown) => {
          throw new ApiError(0, 'UPLOAD', `${m.failed}: ${String(caught)}`);
        },
      );
      return use({ uploadId: requested.uploadId, fileName: requested.fileName });
    },
    onMutate: () => onStart?.(),
    onSuccess: onDone,
    onSettled: () => setProgress(null),
  });
  const problems = (upload.error?.issues ?? [])
    .map((issue) => issue.message)
    .filter((message) => message !== upload.error?.message);
  return (
    <div className="workbook-upload">
      <div className="inline-form">
        <label htmlFor={`${id}-file`}>{m.file}</label>
        <input
          id={`${id}-file`}
          type="file"
          accept=".xlsx,.csv"
          aria-describedby={`${id}-limits`}
          onChange={(e) => setFile(e.target.files?.[0] ?? null)}
        />
        <button
          type="button"
          disabled={!file || upload.isPending}
          onClick={() => file && upload.mutate(file)}
        >
          {action}
        </button>
        {progress !== null && (
          <progress max={1} value={progress} aria-label={m.progress}>
            {Math.round(progress * 100)} %
          </progress>
        )}
      </div>
      <p className="field-hint" id={`${id}-limits`}>
        {m.limits(maxWorkbookBytes / 1024 / 1024, formatNumber(maxWorkbookRows, { locale: lang }))}
      </p>
      <ErrorMessage error={upload.error} />
      {/* A refused file names every cell that cannot be taken in. */}
      {problems.length > 0 && (
        <ul className="workbook-problems">
          {problems.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
