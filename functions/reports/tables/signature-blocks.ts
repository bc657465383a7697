import { formatInstant } from '../../../shared/calendar/format-date.js';
import { reportMessages } from '../../../shared/messages/reports.js';
import type { TSignatory } from '../../../shared/model/acting.js';
import { actingTitles } from '../../../shared/model/acting-standing.js';
import type { TReportContext } from '../report-context.js';

/**
 * One signature block: the place and date line (empty to keep blocks side by side aligned), the
 * signer's capacity, the name signed over, and rank and NIP when known.
 */
export type TSignature = {
  dateLine: string;
  heading: string[];
  name: string | null;
  rank: string | null;
  nip: string | null;
};

/** Place and date above a signature: "Kandangan, 2 Januari 2019". */
function placeAndDate(context: TReportContext, on: Date): string {
  return `${context.region.seat}, ${formatInstant(on, 'longDate', context.timeZone, context.locale)}`;
}

/**
 * The head of the agency signing, with name, rank and NIP ("NIP. 19670328 198609 2 001"): who
 * signed the document (an acting official above their own name: "Plt. KEPALA DINAS …"), else the
 * agency's head.
 */
export function headSignature(context: TReportContext, dateLine: string, heading: string[] = []): TSignature {
  const head: TSignatory = context.signatory ?? context.agency.head;
  const l = reportMessages[context.locale];
  const post = l.headOf(context.agency.name);
  return {
    dateLine,
    heading: [...heading, `${head.acting ? `${actingTitles[head.acting]} ${post}` : post},`],
    name: head.name,
    rank: head.rank,
    nip: l.nip(formatNip(head.nip)),
  };
}

/**
 * The agreement's two blocks: the regent as second party on the left, the head as first party
 * on the right under the place and date, as Perjanjian Kinerja documents are laid out.
 */
export function agreementSignatures(context: TReportContext, signedOn: Date): [TSignature, TSignature] {
  const l = reportMessages[context.locale];
  const regent: TSignature = {
    dateLine: '',
    heading: [l.secondParty, `${l.regentOf(context.region.name)},`],
    name: context.regentName ?? null,
    rank: null,
    nip: null,
  };
  return [regent, headSignature(context, placeAndDate(context, signedOn), [l.firstParty])];
}

/** The line signed over when the name is not known yet. */
export const blankName = '(.........................................)';

/** A NIP in its usual groups: "19670328 198609 2 001". */
export function formatNip(nip: string): string {
  const digits = nip.replace(/\D/g, '');
  if (digits.length !== 18) return nip;
  return `${digits.slice(0, 8)} ${digits.slice(8, 14)} ${digits.slice(14, 15)} ${digits.slice(15)}`;
}
