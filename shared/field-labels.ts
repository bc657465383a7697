import { t } from './i18n.js';
import { validationMessages } from './messages/validation.js';

// Wrappers that only say where the input came from: "content.activities.3" is the activity.
const wrappers = new Set(['content', 'entry', 'settings', 'reminders']);
const isIndex = (segment: string | undefined) => segment !== undefined && /^\d+$/.test(segment);

/**
 * A field path of the API ("content.activities.3.indicators.0.unit") as people call it:
 * "Kegiatan ke-4 › Indikator ke-1 › Satuan". Names nobody has labelled are kept as they are.
 */
export function fieldLabel(path: string): string {
  const m = t(validationMessages);
  const name = (segment: string) => m.fieldNames[segment] ?? segment;
  const segments = path.split('.').filter((s) => s !== '');
  const parts = segments.flatMap((segment, i) => {
    if (isIndex(segment) || (wrappers.has(segment) && i < segments.length - 1)) return [];
    const next = segments[i + 1];
    if (!isIndex(next)) return [name(segment)];
    const n = Number(next) + 1;
    return [segment === 'quarterTargets' ? m.quarterTarget(n) : m.numbered(name(segment), n)];
  });
  return parts.join(' › ');
}
