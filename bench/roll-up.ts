import { drainOutbox } from '../functions/outbox/drain-outbox.js';
import { outboxHandlers } from '../functions/outbox-handlers.js';
import { formatNumber } from '../shared/calc/format.js';
import type { TAgreementVersion } from '../shared/model/agreement.js';
import { completeEntry } from '../test/support/fill-part.js';
import { type TAppUnderTest, type TRecordedCall, tokenFor } from './app-under-test.js';
import type { BenchRow } from './measure.js';

type TWrite = { partition: string; bytes: number; transactional: boolean };

/** What a partition key is, in the key design's words (keys.ts). */
function partitionKind(pk: string): string {
  if (pk.startsWith('REGION#')) return "the region's";
  if (/^AGENCY#.+#YEAR#\d+#AUDIT$/.test(pk)) return 'audit';
  if (/^AGENCY#.+#YEAR#\d+#REPORTS$/.test(pk)) return 'reports';
  if (/^AGENCY#.+#YEAR#\d+$/.test(pk)) return "the agency's year";
  return pk.replace(/#.*/, '');
}

/** An item as recorded: the document client's plain values (or the low-level client's typed ones). */
type TAttributes = Record<string, unknown>;
const partitionOf = (item: TAttributes): string =>
  typeof item.pk === 'string' ? item.pk : String((item.pk as { S?: string } | undefined)?.S);

/** The items a recorded call writes, with their (approximate) stored size. */
function writesOf(call: TRecordedCall): TWrite[] {
  const write = (item: TAttributes | undefined, transactional: boolean): TWrite[] =>
    item ? [{ partition: partitionOf(item), bytes: JSON.stringify(item).length, transactional }] : [];
  const input = call.input as {
    Item?: TAttributes;
    Key?: TAttributes;
    TransactItems?: { Put?: { Item: TAttributes }; Update?: { Key: TAttributes } }[];
  };
  if (call.command === 'PutItemCommand') return write(input.Item, false);
  if (call.command === 'UpdateItemCommand') return write(input.Key, false);
  if (call.command === 'TransactWriteItemsCommand')
    return (input.TransactItems ?? []).flatMap((part) => write(part.Put?.Item ?? part.Update?.Key, true));
  return [];
}

/** Write request units: 1 KB each, twice in a transaction (an update counted at its key's size). */
const wru = (writes: TWrite[]) =>
  writes.reduce((sum, w) => sum + Math.ceil(w.bytes / 1024) * (w.transactional ? 2 : 1), 0);

function describe(writes: TWrite[]): string {
  const byKind = new Map<string, number>();
  for (const w of writes)
    byKind.set(partitionKind(w.partition), (byKind.get(partitionKind(w.partition)) ?? 0) + 1);
  return `${writes.length} items, about ${wru(writes)} WRU (${[...byKind].map(([kind, n]) => `${kind} ${n}`).join(', ')})`;
}

/**
 * The roll-up's write amplification: what one save and one submission of a part write to the
 * table, and what the outbox writes after the submission (the region's summary, its own claims,
 * the email markers), counted by partition. A save touches neither the outbox nor the region.
 */
export async function benchRollUp(app: TAppUnderTest, year: number): Promise<BenchRow[]> {
  await drainOutbox(outboxHandlers, { limit: 10_000 });
  const headers = {
    authorization: `Bearer ${await tokenFor(app, 'sekretaris')}`,
    'content-type': 'application/json',
  };
  const base = `${app.baseUrl}/api/agencies/dinsos-hss/years/${year}`;
  const agreement = (await (await fetch(`${base}/agreement`, { headers })).json()) as {
    versions: { agreement: TAgreementVersion }[];
  };
  const version = agreement.versions[0]?.agreement;
  if (!version) throw new Error('the seed year has no agreement');
  const part = `${base}/quarters/1/parts/sekretariat`;
  const { part: before } = (await (await fetch(part, { headers })).json()) as { part: { revision: number } };
  /** A call that must succeed: a refused one writes nothing and would count nothing. */
  const ok = async (response: Promise<Response>) => {
    const answer = await response;
    if (!answer.ok) throw new Error(`${answer.status} ${await answer.text()}`);
    return (await answer.json()) as { revision: number };
  };
  let saved = before.revision;
  const save = await app.recordCalls(async () => {
    const body = JSON.stringify({ revision: saved, entry: completeEntry(version, 'sekretariat', 1) });
    saved = (await ok(fetch(part, { method: 'PUT', headers, body }))).revision;
  });
  const submit = await app.recordCalls(() =>
    ok(fetch(`${part}/submit`, { method: 'POST', headers, body: JSON.stringify({ revision: saved }) })),
  );
  const followUp = await app.recordCalls(() => drainOutbox(outboxHandlers));
  const saveWrites = save.flatMap(writesOf);
  const submitWrites = submit.flatMap(writesOf);
  const followWrites = followUp.flatMap(writesOf);
  const summary = followWrites.find((w) => partitionKind(w.partition) === "the region's");
  const name = "the roll-up's write amplification (the seed agency's Sekretariat, TW1)";
  return [
    { benchmark: name, figure: 'a part saved (autosave)', value: describe(saveWrites) },
    { benchmark: name, figure: 'a part submitted', value: describe(submitWrites) },
    {
      benchmark: name,
      figure: 'the outbox after the submission (summary, claims, emails)',
      value: `${describe(followWrites)}; the summary ${formatNumber((summary?.bytes ?? 0) / 1024, { decimals: 1 })} KB`,
    },
  ];
}
