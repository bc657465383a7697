import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { evidenceMessages } from '../../../shared/messages/web/evidence';
import { evidenceContentTypes, maxEvidenceBytes, type TEvidence } from '../../../shared/model/evidence';
import { ApiError } from '../api/api-error';
import { api, ok } from '../api/client';
import { queries } from '../api/queries';
import { useAgency } from '../app/agency';
import { Card } from '../components/card';
import { ErrorMessage } from '../components/error-message';
import { Loaded } from '../components/loaded';
import { useMessages } from '../i18n/i18n';
import type { TUnitScope } from '../screens/quarter-form/part-draft';
import { putWithProgress } from './put-with-progress';
import { RemoveEvidence } from './remove-evidence';

type TEvidenceSectionProps = {
  year: number;
  quarter: 1 | 2 | 3 | 4;
  unitId: string;
  scope: TUnitScope;
  /** Whether files may be added and removed (the division head, while the part is with them). */
  editable: boolean;
  /** Told when an upload starts and when it ends: the part is not submitted while a file goes up. */
  onUploading?: (uploading: boolean) => void;
  /** No upload starts while this is set (a submission on its way would refuse the file when it arrives). */
  held?: boolean;
};

/** Supporting files (data dukung) per indicator: upload with progress, list, download, remove. */
export function EvidenceSection(props: TEvidenceSectionProps) {
  const m = useMessages(evidenceMessages);
  const { agency, fmt } = useAgency();
  const id = useId();
  const param = {
    agencyId: agency.id,
    year: String(props.year),
    quarter: String(props.quarter),
    unitId: props.unitId,
  };
  const partApi = api.agencies[':agencyId'].years[':year'].quarters[':quarter'].parts[':unitId'];
  const queryClient = useQueryClient();
  const filesQuery = queries.evidence(agency.id, props.year, props.quarter, props.unitId);
  const files = useQuery(filesQuery);
  const partQuery = queries.part(agency.id, props.year, props.quarter, props.unitId);
  const [indicatorId, setIndicatorId] = useState(props.scope.places[0]?.indicator.id ?? '');
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  // A file sent whole whose confirmation failed is confirmed again, not sent again: a listing may
  // have taken it in meanwhile, and a second sending would make a second record.
  const sent = useRef<{ file: File; indicatorId: string; evidenceId: string }>(null);

  // Checked here first (type, size) so nothing is sent that the API would refuse. A file sent again
  // after a dropped connection or an expired address goes to the record already made for it (the
  // API gives it again for the same name), and is listed once it is confirmed as arrived.
  const upload = useMutation({
    mutationFn: async (chosen: File) => {
      const type = evidenceContentTypes.find((t) => t === chosen.type);
      if (!type) throw new ApiError(400, 'BAD_REQUEST', m.badType);
      if (chosen.size > maxEvidenceBytes) throw new ApiError(400, 'BAD_REQUEST', m.tooBig);
      setProgress(0);
      const before = sent.current;
      let evidenceId = before?.file === chosen && before.indicatorId === indicatorId ? before.evidenceId : '';
      if (!evidenceId) {
        const { evidence, uploadUrl, uploadHeaders } = await ok(
          partApi.evidence.$post({
            param,
            json: { indicatorId, fileName: chosen.name, contentType: type, size: chosen.size },
          }),
        );
        await putWithProgress(uploadUrl, uploadHeaders, chosen, setProgress).catch((caught: unknown) => {
          throw new ApiError(0, 'UPLOAD', `${m.failed}: ${String(caught)}`);
        });
        evidenceId = evidence.id;
        sent.current = { file: chosen, indicatorId, evidenceId };
      }
      await ok(partApi.evidence[':evidenceId'].confirm.$post({ param: { ...param, evidenceId } }));
      sent.current = null;
    },
    onSuccess: () => setFile(null),
    // Refused (not arrived, or arrived after the part was submitted elsewhere and discarded): what
    // was sent is no longer to confirm again. A part that moved on meanwhile is read again, so the
    // screen shows it under review and offers no more uploads; the refusal stays in view.
    onError: (error) => {
      if (error.status === 0 || error.status >= 500) return;
      sent.current = null;
      if (!error.details.current) return;
      setFile(null);
      void queryClient.invalidateQueries({ queryKey: partQuery.queryKey });
    },
    onSettled: () => {
      setProgress(null);
      return queryClient.invalidateQueries({ queryKey: filesQuery.queryKey });
    },
  });
  const { onUploading } = props;
  useEffect(() => {
    if (!upload.isPending) return;
    onUploading?.(true);
    return () => onUploading?.(false);
  }, [upload.isPending, onUploading]);
  /** A file that never arrived: its indicator chosen and the file picker opened to send it again. */
  const sendAgain = (item: TEvidence) => {
    setIndicatorId(item.indicatorId);
    fileInput.current?.click();
  };
  /** A file removed is no longer one to send or confirm again: its failed upload's retry goes with it. */
  const removed = (item: TEvidence) => {
    const chosen = file?.name === item.fileName && indicatorId === item.indicatorId;
    if (sent.current?.evidenceId !== item.id && !chosen) return;
    sent.current = null;
    upload.reset();
  };
  const download = useMutation({
    mutationFn: (evidenceId: string) =>
      ok(partApi.evidence[':evidenceId'].download.$get({ param: { ...param, evidenceId } })),
    onSuccess: ({ url }) => window.location.assign(url),
  });

  const name = (indicator: string) => {
    const place = props.scope.places.find((p) => p.indicator.id === indicator);
    return place ? `${place.indicator.code} ${place.indicator.name}` : indicator;
  };
  return (
    <Card title={m.title}>
      {props.editable && (
        <div className="inline-form evidence-form">
          <label htmlFor={`${id}-indicator`}>{m.indicator}</label>
          <select id={`${id}-indicator`} value={indicatorId} onChange={(e) => setIndicatorId(e.target.value)}>
            {props.scope.places.map(({ indicator }) => (
              <option key={indicator.id} value={indicator.id}>
                {indicator.code} {indicator.name.slice(0, 60)}
              </option>
            ))}
          </select>
          <label htmlFor={`${id}-file`}>{m.file}</label>
          <input
            ref={fileInput}
            id={`${id}-file`}
            type="file"
            accept={evidenceContentTypes.join(',')}
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          />
          <button
            type="button"
            className="secondary"
            disabled={!file || upload.isPending || props.held}
            onClick={() => file && upload.mutate(file)}
          >
            {m.upload}
          </button>
          {progress !== null && (
            <progress max={1} value={progress} aria-label={m.progress}>
              {Math.round(progress * 100)} %
            </progress>
          )}
          <span className="field-hint">{m.limits}</span>
        </div>
      )}
      <ErrorMessage
        error={upload.error ?? download.error}
        onRetry={upload.error && file && !props.held ? () => upload.mutate(file) : undefined}
      />
      <Loaded query={files}>
        {({ evidence: list }) =>
          list.length === 0 ? (
            <p className="muted">{m.none}</p>
          ) : (
            <ul className="evidence-list">
              {list.map((item) =>
                item.arrived ? (
                  <li key={item.id}>
                    <button type="button" className="link-button" onClick={() => download.mutate(item.id)}>
                      {item.fileName}
                    </button>{' '}
                    <span className="muted small">
                      {name(item.indicatorId)} · {fmt.fileSize(item.size)} · {fmt.dateTime(item.uploadedAt)}
                    </span>
                    {props.editable && <RemoveEvidence file={item} onRemoved={() => removed(item)} />}
                  </li>
                ) : (
                  <li key={item.id}>
                    {item.fileName}{' '}
                    <span className="small">
                      {name(item.indicatorId)} ·{' '}
                      <strong>{item.uploadExpired ? m.uploadExpired : m.notArrived}</strong>
                    </span>
                    {props.editable && (
                      <>
                        {' '}
                        <button type="button" className="link-button" onClick={() => sendAgain(item)}>
                          {m.uploadAgain}
                        </button>
                        <RemoveEvidence file={item} onRemoved={() => removed(item)} />
                      </>
                    )}
                  </li>
                ),
              )}
            </ul>
          )
        }
      </Loaded>
    </Card>
  );
}
