import { type FocusEvent, useCallback, useState } from 'react';
import { commonMessages } from '../../../shared/messages/common';
import { useMessages } from '../i18n/i18n';
import { useFold } from './fold';
import { Link, useLocation } from './router';

/** A link of the header: where it goes and what it says. */
export type TNavLink = { to: string; label: string };

/**
 * How many of the nav's links fit its one row, the rest going under "Lainnya": each link's width
 * against the nav's room (what the brand, language and account leave it), less the button's where
 * some do not fit. A pixel is kept spare, as the browser rounds widths otherwise.
 */
function linksThatFit(nav: HTMLElement): number {
  const row = nav.querySelector('.nav-row');
  const more = nav.querySelector('.more-links');
  if (!row || !more) return 0;
  const gap = Number.parseFloat(getComputedStyle(row).columnGap) || 0;
  const ends: number[] = [];
  for (const item of row.children)
    ends.push((ends.at(-1) ?? -gap) + gap + item.getBoundingClientRect().width);
  const room = nav.clientWidth - 1;
  if ((ends.at(-1) ?? 0) <= room) return ends.length;
  const left = room - more.getBoundingClientRect().width - gap;
  return ends.filter((end) => end <= left).length;
}

/**
 * The app's links. On a desktop they are one row of the header: those it has no room for (a
 * narrow window, English's longer words) are listed under "Lainnya" instead of a second row.
 */
export function MainNav(props: { links: TNavLink[]; onFollow: () => void }) {
  const m = useMessages(commonMessages);
  const { path } = useLocation();
  // Measured again whenever the nav's room changes; a new nav for other words (a language) too.
  const [fit, setFit] = useState(props.links.length);
  const watch = useCallback((nav: HTMLElement) => {
    const observer = new ResizeObserver(() => setFit(linksThatFit(nav)));
    observer.observe(nav);
    return () => observer.disconnect();
  }, []);
  const more = useFold();
  const follow = () => {
    more.close();
    props.onFollow();
  };
  const link = ({ to, label }: TNavLink) => (
    <Link to={to} aria-current={to.split('?')[0] === path ? 'page' : undefined} onClick={follow}>
      {label}
    </Link>
  );
  // A click or Tab anywhere else closes it, as a menu does.
  const closeWhenLeft = (event: FocusEvent) => {
    if (!event.currentTarget.contains(event.relatedTarget)) more.close();
  };
  const words = props.links.map(({ label }) => label).join();
  return (
    <nav ref={watch} key={words} aria-label={m.mainNav} className="main-nav">
      <ul className="nav-row">
        {props.links.map((each, index) => (
          <li key={each.label} data-folded={index >= fit || undefined}>
            {link(each)}
          </li>
        ))}
      </ul>
      {/* Always there, to be measured; out of sight and out of the way while every link fits. */}
      {/* biome-ignore lint/a11y/noStaticElementInteractions: Escape and leaving from anywhere in it close it. */}
      <div
        className="more-links"
        data-unused={fit >= props.links.length || undefined}
        onKeyDown={more.closeOnEscape}
        onBlur={closeWhenLeft}
      >
        <button {...more.button} aria-controls="more-links">
          {m.moreLinks}
        </button>
        <ul id="more-links" hidden={!more.open}>
          {props.links.slice(fit).map((each) => (
            <li key={each.label}>{link(each)}</li>
          ))}
        </ul>
      </div>
    </nav>
  );
}
