import { drainOutbox } from '../functions/outbox/drain-outbox.js';
import { outboxHandlers } from '../functions/outbox-handlers.js';
import { formatNumber } from '../shared/calc/format.js';
import type { TAgreementVersion } from '../shared/model/agreement.js';
import { completeEntry } from '../test/support/fill-part.js';
import { type TAppUnderTest, type TRecordedCall, tokenFor } from './app-under-test.js';
import type { TCallCounts } from './dynamodb-calls.js';
import type { BenchRow } from './measure.js';

type TWrite = { partition: string; bytes: number };

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
  const write = (item: TAttributes | undefined): TWrite[] =>
    item ? [{ partition: partitionOf(item), bytes: JSON.stringify(item).length }] : [];
  const input = call.input as {
    Item?: TAttributes;
    Key?: TAttributes;
    TransactItems?: { Put?: { Item: TAttributes }; Update?: { Key: TAttributes } }[];
  };
  if (call.command === 'PutItemCommand') return write(input.Item);
  if (call.command === 'UpdateItemCommand') return write(input.Key);
  if (call.command === 'TransactWriteItemsCommand')
    return (input.TransactItems ?? []).flatMap((part) => write(part.Put?.Item ?? part.Update?.Key));
  return [];
}

/** The items written by partition, and the write units DynamoDB reported for them (gsi1's and gsi2's copies apart). */
function describe(writes: TWrite[], counts: TCallCounts): string {
  const byKind = new Map<string, TWrite[]>();
  for (const w of writes)
    byKind.set(partitionKind(w.partition), [...(byKind.get(partitionKind(w.partition)) ?? []), w]);
  const kinds = [...byKind].map(
    ([kind, items]) =>
      `${kind} ${items.length}, ${formatNumber(items.reduce((sum, w) => sum + w.bytes, 0) / 1024, { decimals: 1 })} KB`,
  );
  return `${writes.length} items, ${counts.writeUnits} WRU, ${counts.indexWriteUnits} of them the indexes' (${kinds.join('; ')})`;
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
    version: { agreement: TAgreementVersion } | null;
  };
  const version = agreement.version?.agreement;
  if (!version) throw new Error('the seed year has no agreement');
  const part = `${base}/quarters/1/parts/sekretariat`;
  const { part: before } = (await (await fetch(part, { headers })).json()) as { part: { revision: number } };
  /** A call that must succeed: a refused one writes nothing and would count nothing. */
  const ok = async (response: Promise<Response>) => {
    const answer = await response;
    if (!answer.ok) throw new Error(`${answer.status} ${await answer.text()}`);
    return (await answer.json()) as { revision: number };
  };
  /** The items `work` writes, and the capacity DynamoDB reported for its calls. */
  const measured = async (work: () => Promise<unknown>) => {
    await app.resetCalls();
    const writes = (await app.recordCalls(work)).flatMap(writesOf);
    return { writes, counts: await app.counts() };
  };
  let saved = before.revision;
  const save = await measured(async () => {
    const body = JSON.stringify({ revision: saved, entry: completeEntry(version, 'sekretariat', 1) });
    saved = (await ok(fetch(part, { method: 'PUT', headers, body }))).revision;
  });
  const submit = await measured(() =>
    ok(fetch(`${part}/submit`, { method: 'POST', headers, body: JSON.stringify({ revision: saved }) })),
  );
  const followUp = await measured(() => drainOutbox(outboxHandlers));
  const summary = followUp.writes.find((w) => partitionKind(w.partition) === "the region's");
  const name = "the roll-up's write amplification (the seed agency's Sekretariat, TW1)";
  return [
    { benchmark: name, figure: 'a part saved (autosave)', value: describe(save.writes, save.counts) },
    { benchmark: name, figure: 'a part submitted', value: describe(submit.writes, submit.counts) },
    {
      benchmark: name,
      figure: 'the outbox after the submission (summary, claims, emails)',
      value: `${describe(followUp.writes, followUp.counts)}; the summary ${formatNumber((summary?.bytes ?? 0) / 1024, { decimals: 1 })} KB`,
    },
  ];
}
