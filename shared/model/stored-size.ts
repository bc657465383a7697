import { type FieldIssue, fieldIssue } from '../app-error.js';
import { formatFileSize } from '../calc/format.js';
import { currentLocale, t } from '../i18n.js';
import { schemaMessages } from '../messages/schemas.js';
import type { TAgreementContent } from './agreement-content.js';
import type { TQuarterPartContent } from './realisation.js';
import type { TReviewComments } from './records.js';

/**
 * The most an agreement's content, or a unit's part of a quarter, may take as JSON in UTF-8: its
 * stored item (DynamoDB refuses one over 400 KB) keeps a quarter of that spare. The seed agency's
 * agreement takes 17 KB, a region's largest (200 activities with long names, 40 IKU) under 200 KB.
 */
export const maxStoredBytes = 300 * 1024;

const encoder = new TextEncoder();

/** A value's size as stored, near enough: its JSON in UTF-8. */
export const storedBytes = (value: unknown): number => encoder.encode(JSON.stringify(value)).length;

function tooLarge(value: unknown, message: (size: string, max: string) => string): FieldIssue[] {
  const bytes = storedBytes(value);
  if (bytes <= maxStoredBytes) return [];
  const size = (n: number) => formatFileSize(n, currentLocale());
  return [fieldIssue('', message(size(bytes), size(maxStoredBytes)))];
}

/** The agreement's content as a whole (path '') when it is too large to store, else nothing. */
export const agreementSizeIssues = ({ objectives, programs, activities }: TAgreementContent) =>
  tooLarge({ objectives, programs, activities }, t(schemaMessages).agreementTooLarge);

/** A unit's part as a whole (path '') when it is too large to store, else nothing. */
export const partSizeIssues = ({ realisations, budget, narratives }: TQuarterPartContent) =>
  tooLarge({ realisations, budget, narratives }, t(schemaMessages).partTooLarge);

/** A reviewer's comments (path '') when, stored with the part they return, it would be too large. */
export const reviewSizeIssues = (
  { realisations, budget, narratives }: TQuarterPartContent,
  review: TReviewComments,
) => tooLarge({ realisations, budget, narratives, review }, t(schemaMessages).reviewTooLarge);
