import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { outboxMessages } from '../../../../shared/messages/web/outbox';
import { queries } from '../../api/queries';
import { useAgency } from '../../app/agency';
import { Card } from '../../components/card';
import { Loaded } from '../../components/loaded';
import { useMessages } from '../../i18n/i18n';

/** The emails local mode wrote instead of sending them, newest first. */
export function LocalEmails() {
  const m = useMessages(outboxMessages).emails;
  const { fmt } = useAgency();
  const outbox = useQuery(queries.outbox());
  const [open, setOpen] = useState<string | null>(null);
  return (
    <Card title={m.title}>
      <p className="muted">{m.hint}</p>
      <Loaded query={outbox}>
        {(data) =>
          data.messages.length === 0 ? (
            <p>{m.none}</p>
          ) : (
            <ul className="outbox-list">
              {data.messages.map((message) => (
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
          )
        }
      </Loaded>
    </Card>
  );
}
