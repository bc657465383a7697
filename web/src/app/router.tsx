import { type AnchorHTMLAttributes, type MouseEvent, useEffect, useSyncExternalStore } from 'react';

const changeEvent = 'capaian:navigate';

const subscribe = (onChange: () => void) => {
  window.addEventListener('popstate', onChange);
  window.addEventListener(changeEvent, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(changeEvent, onChange);
  };
};

const snapshot = () => window.location.pathname + window.location.search;

/** The current path and query; re-renders on navigation. A router library would be 10× the bytes. */
export function useLocation(): { path: string; query: URLSearchParams } {
  const href = useSyncExternalStore(subscribe, snapshot, () => '/');
  const url = new URL(href, 'http://local');
  return { path: url.pathname, query: url.searchParams };
}

/** Goes to a path inside the app without reloading. */
export function navigate(to: string, options: { replace?: boolean } = {}): void {
  if (options.replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  window.dispatchEvent(new Event(changeEvent));
  window.scrollTo(0, 0);
}

type TLinkProps = AnchorHTMLAttributes<HTMLAnchorElement> & { to: string };

/** An ordinary link (so it opens in a new tab, is focusable, reads as a link) that navigates in-app. */
export function Link({ to, onClick, ...rest }: TLinkProps) {
  const follow = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(to);
  };
  return <a href={to} onClick={follow} {...rest} />;
}

/** Sets the document title, so screen readers and tabs say where the user is. */
export function useTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} · Capaian`;
  }, [title]);
}
