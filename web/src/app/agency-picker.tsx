import { type FormEvent, useState } from 'react';
import { defineMessages, useMessages } from '../i18n/i18n';

const messages = defineMessages(
  {
    title: 'Pilih perangkat daerah',
    hint: 'Akun Anda membaca lintas perangkat daerah. Ketik kode perangkat daerah yang ingin dibuka.',
    label: 'Kode perangkat daerah',
    open: 'Buka',
  },
  {
    title: 'Choose an agency',
    hint: 'Your account reads across agencies. Type the code of the agency to open.',
    label: 'Agency code',
    open: 'Open',
  },
);

/**
 * Region viewers and the admin have no agency of their own. The API has no list of agencies
 * yet, so they type the code (e.g. dinsos-hss).
 */
export function AgencyPicker({ onChoose }: { onChoose: (agencyId: string) => void }) {
  const m = useMessages(messages);
  const [value, setValue] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (value.trim()) onChoose(value.trim());
  };
  return (
    <main className="page narrow">
      <h1>{m.title}</h1>
      <p>{m.hint}</p>
      <form onSubmit={submit} className="inline-form">
        <label htmlFor="agency-id">{m.label}</label>
        <input
          id="agency-id"
          value={value}
          onChange={(e) => setValue(e.target.value)}
          placeholder="dinsos-hss"
        />
        <button type="submit">{m.open}</button>
      </form>
    </main>
  );
}
