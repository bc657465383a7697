import type { TLocale } from '../i18n.js';
import { checkerMessages } from '../messages/checker.js';
import type { TFinding } from './finding.js';

/** Why a finding is listed, in the reader's language (the screen and the XLSX alike). */
export function findingReason(finding: TFinding, locale: TLocale): string {
  const { reasons } = checkerMessages[locale];
  if (finding.reason === 'remainderOfRow') return reasons.remainderOfRow(finding.copiedFrom ?? '');
  return reasons[finding.reason];
}
