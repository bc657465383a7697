import { useState } from 'react';
import { api, ok } from '../../api/client';
import { useResource } from '../../api/use-resource';
import { useAgency } from '../../app/agency';
import { ErrorMessage } from '../../components/error-message';
import { Loading } from '../../components/loading';
import { PageTitle } from '../../components/page-title';
import { defineMessages, useMessages } from '../../i18n/i18n';

const messages = defineMessages(
  {
    title: 'Kotak keluar (mode lokal)',
    hint: 'Di mode lokal email tidak dikirim: email ditulis ke folder kotak keluar dan ditampilkan di sini.',
    localOnly: 'Kotak keluar hanya ada di mode lokal.',
    empty: 'Belum ada email.',
    to: 'Kepada',
    refresh: 'Muat ulang',
    show: 'Tampilkan isi',
  },
  {
    title: 'Outbox (local mode)',
    hint: 'In local mode emails are not sent: they are written to the outbox folder and listed here.',
    localOnly: 'The outbox exists in local mode only.',
    empty: 'No emails yet.',
    to: 'To',
    refresh: 'Refresh',
    show: 'Show the text',
  },
);

/** The emails local mode wrote instead of sending them, newest first. */
export default function OutboxScreen() {
  const m = useMessages(messages);
  const { fmt } = useAgency();
  const outbox = useResource('outbox', () => ok(api.dev.outbox.$get()));
  const [open, setOpen] = useState<string | null>(null);
  return (
    <div className="page">
      <PageTitle
        title={m.title}
        actions={
          <button type="button" className="secondary" onClick={outbox.reload}>
            {m.refresh}
          </button>
        }
      />
      <p className="muted">{m.hint}</p>
      {outbox.error?.status === 404 && <p className="alert info">{m.localOnly}</p>}
      {outbox.error && outbox.error.status !== 404 && (
        <ErrorMessage error={outbox.error} onRetry={outbox.reload} />
      )}
      {!outbox.data && !outbox.error && <Loading />}
      {outbox.data && outbox.data.messages.length === 0 && <p className="card">{m.empty}</p>}
      {outbox.data && outbox.data.messages.length > 0 && (
        <ul className="outbox-list">
          {outbox.data.messages.map((message) => (
            <li key={message.id} className="card">
              <div className="outbox-head">
                <strong>{message.subject}</strong>
                <span className="muted">{fmt.dateTime(message.sentAt)}</span>
              </div>
              <div className="muted small">
                {m.to}: {message.to.join(', ')}
              </div>
              <button
                type="button"
                className="link-button"
                aria-expanded={open === message.id}
                onClick={() => setOpen(open === message.id ? null : message.id)}
              >
                {m.show}
              </button>
              {open === message.id && <pre className="outbox-text">{message.text}</pre>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
