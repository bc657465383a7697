import type { TValueChange } from '../model/audit.js';
import { storedBytes } from '../model/stored-size.js';

/**
 * The most an audit event's changes may take as JSON in UTF-8. A draft replaced whole changes
 * every value twice over (what was, what is): up to twice the 300 KB an agreement may hold, more
 * than DynamoDB stores in one item. The version itself is always stored whole; its event keeps
 * the changes that fit and counts the rest.
 */
const maxAuditChangesBytes = 200 * 1024;

// With the comma between them.
const sizeOf = (change: TValueChange) => storedBytes(change) + 1;

/** The changes in order as long as they fit in `maxBytes`, and how many did not (absent when none). */
export function boundedChanges(
  changes: TValueChange[],
  maxBytes = maxAuditChangesBytes,
): { changes: TValueChange[]; changesOmitted?: number } {
  let used = 0;
  const kept: TValueChange[] = [];
  for (const change of changes) {
    used += sizeOf(change);
    if (used > maxBytes) break;
    kept.push(change);
  }
  const omitted = changes.length - kept.length;
  return omitted > 0 ? { changes: kept, changesOmitted: omitted } : { changes: kept };
}
