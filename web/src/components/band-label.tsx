import { bandLabel, type TStatusBand } from '../../../shared/model/status-band';
import { useLanguage } from '../i18n/i18n';

/** A status band as a swatch and its name; "–" where there is no achievement. */
export function BandLabel({ band }: { band: TStatusBand | null }) {
  const { lang } = useLanguage();
  if (!band) return <span className="muted">–</span>;
  return (
    <span className="band-label">
      <span className="band-swatch" style={{ background: band.color }} aria-hidden="true" />
      {bandLabel(band, lang)}
    </span>
  );
}
