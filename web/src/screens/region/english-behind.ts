import type { TRegionReportFileRecord } from '../../../../shared/model/region-report-file';

type TFileOfSet = Pick<TRegionReportFileRecord, 'kind' | 'format' | 'locale' | 'version'>;

/**
 * Whether a quarter's English files lack one of its newest Indonesian files (each kind and format
 * of the newest version). The outbox stores a compilation one file at a time, so the first English
 * file recorded does not mean the rest are.
 */
export function englishBehind(own: readonly TFileOfSet[]): boolean {
  const newest = Math.max(0, ...own.filter((file) => file.locale === 'id').map((file) => file.version));
  const set = (locale: TFileOfSet['locale']) =>
    new Set(
      own
        .filter((file) => file.locale === locale && file.version === newest)
        .map((file) => `${file.kind}.${file.format}`),
    );
  const english = set('en');
  return [...set('id')].some((file) => !english.has(file));
}
